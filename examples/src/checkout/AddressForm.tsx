import { useState } from 'preact/hooks';

interface Address { street: string; city: string; postcode: string }

/** Address step of the checkout. */
// cjm: ecommerce-checkout/address-form
export function AddressForm(props: { onDone: (address: Address) => void }) {
  const [address, setAddress] = useState<Address>({ street: '', city: '', postcode: '' });
  const update = (key: keyof Address) => (event: Event) =>
    setAddress({ ...address, [key]: (event.target as HTMLInputElement).value });
  return (
    <form onSubmit={() => props.onDone(address)}>
      <input name="street" value={address.street} onInput={update('street')} />
      <input name="city" value={address.city} onInput={update('city')} />
      <input name="postcode" value={address.postcode} onInput={update('postcode')} />
    </form>
  );
}

/** Payment step of the checkout. */

export interface PaymentRequest { orderId: string; amountCents: number; method: 'card' | 'wallet' }

// cjm: ecommerce-checkout/payment
export async function submitPayment(request: PaymentRequest): Promise<'paid' | 'declined'> {
  if (request.amountCents <= 0) return 'declined';
  return 'paid';
}

// cjm: ecommerce-checkout/landing-page
// The landing page a campaign ad leads to: it must repeat the ad's promise (free delivery) above the fold.
export function CampaignHero(props: { headline: string; deliveryNote: string }) {
  return (
    <section class="hero">
      <h1>{props.headline}</h1>
      <p class="delivery-note">{props.deliveryNote}</p>
    </section>
  );
}

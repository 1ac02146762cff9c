import type { MapTemplate } from './templateTypes';

/** E-commerce checkout: from the cart to a delivered parcel. */
export const ecommerceCheckoutTemplate: MapTemplate = {
  id: 'ecommerce-checkout',
  lang: 'en',
  label: 'E-commerce checkout',
  description: 'Cart, delivery, payment, confirmation and delivery of an online order.',
  text: `# E-commerce checkout. Metrics that share an id across stages give a conversion rate.
cjm: 1
title: First online purchase
lang: en
type: basic
owner: Checkout squad

personas:
  - id: anna
    name: Anna, busy parent
    goals: [Buy school supplies in one go]
    frustrations: [Hidden delivery costs]
  - id: ben
    name: Ben, bargain hunter
    goals: [Best price with a coupon]
    frustrations: [Coupons that fail at payment]

channels:
  - { id: mobile-web, name: Mobile site, kind: web }
  - { id: app, name: Shop app, kind: mobile }
  - { id: email, name: E-mail, kind: email }
  - { id: courier, name: Courier, kind: other }

stages:
  - id: cart
    name: Cart
    emotion: 1
    touchpoints:
      - id: cart-page
        name: Cart page
        channel: mobile-web
        emotion: { anna: 1, ben: 0 }   # per persona: their curves part here
        pains: [Coupon field hidden under a link]
        owner: Checkout squad
    metrics:
      - { id: sessions, name: Sessions with a cart, value: 10000 }

  - id: delivery
    name: Delivery options
    emotion: -1
    touchpoints:
      - id: delivery-choice
        name: Delivery choice
        channel: mobile-web
        emotion: -2
        moment-of-truth: true          # stay or leave is decided here
        pains: [Delivery cost first shown here]
        opportunities: [Show the delivery cost on the product page]
        owner: Logistics
    metrics:
      - { id: sessions, name: Sessions reaching delivery, value: 6200 }

  - id: pay
    name: Payment
    emotion: 0
    touchpoints:
      - id: card-form
        name: Card payment
        channel: mobile-web
        personas: [anna]               # only Anna meets this one
        emotion: 0
        pains: [3-D Secure page looks like a different shop]
        owner: Payments
      - id: coupon
        name: Coupon applied
        channel: app
        personas: [ben]
        emotion: 1
        opportunities: [Apply the best coupon automatically]
        owner: Promotions
    metrics:
      - { id: sessions, name: Paid orders, value: 4100, target: 5000 }

  - id: after
    name: After the order
    emotion: 1
    touchpoints:
      - id: order-mail
        name: Order confirmation
        channel: email
        emotion: 1
        owner: CRM team
      - id: parcel
        name: Parcel at the door
        channel: courier
        emotion: 2
        pains: [Delivery window of a whole day]
        opportunities: [Live courier tracking]
        owner: Logistics
`,
};

import type { MapTemplate } from '../templateTypes';

/** Оформление заказа в интернет-магазине (по-русски): от корзины до посылки у двери. */
export const ecommerceCheckoutTemplateRu: MapTemplate = {
  id: 'ecommerce-checkout.ru',
  lang: 'ru',
  label: 'Оформление заказа в интернет-магазине',
  description: 'Корзина, доставка, оплата, подтверждение и получение онлайн-заказа.',
  text: `# Оформление заказа. Метрики с одинаковым id на разных этапах дают конверсию.
cjm: 1
title: Первая покупка в интернет-магазине
lang: ru
type: basic
owner: Команда чекаута

personas:
  - id: anna
    name: Анна, занятая мама
    goals: [Купить всё к школе за один раз]
    frustrations: [Скрытая стоимость доставки]
  - id: ben
    name: Борис, охотник за скидками
    goals: [Лучшая цена с промокодом]
    frustrations: ["Промокоды, которые слетают при оплате"]

channels:
  - { id: mobile-web, name: Мобильная версия сайта, kind: web }
  - { id: app, name: Приложение магазина, kind: mobile }
  - { id: email, name: Электронная почта, kind: email }
  - { id: courier, name: Курьер, kind: other }

stages:
  - id: cart
    name: Корзина
    emotion: 1
    touchpoints:
      - id: cart-page
        name: Страница корзины
        channel: mobile-web
        emotion: { anna: 1, ben: 0 }   # по персонам: здесь их кривые расходятся
        pains: [Поле промокода спрятано за ссылкой]
        owner: Команда чекаута
    metrics:
      - { id: sessions, name: Сессии с корзиной, value: 10000 }

  - id: delivery
    name: Способ доставки
    emotion: -1
    touchpoints:
      - id: delivery-choice
        name: Выбор доставки
        channel: mobile-web
        emotion: -2
        moment-of-truth: true          # здесь решается, уйдёт клиент или останется
        pains: [Стоимость доставки впервые видна только здесь]
        opportunities: [Показывать стоимость доставки на карточке товара]
        owner: Логистика
    metrics:
      - { id: sessions, name: Дошли до выбора доставки, value: 6200 }

  - id: pay
    name: Оплата
    emotion: 0
    touchpoints:
      - id: card-form
        name: Оплата картой
        channel: mobile-web
        personas: [anna]               # эту точку проходит только Анна
        emotion: 0
        pains: [Страница 3-D Secure выглядит как чужой сайт]
        owner: Платежи
      - id: coupon
        name: Промокод применён
        channel: app
        personas: [ben]
        emotion: 1
        opportunities: [Автоматически применять самый выгодный промокод]
        owner: Промо
    metrics:
      - { id: sessions, name: Оплаченные заказы, value: 4100, target: 5000 }

  - id: after
    name: После заказа
    emotion: 1
    touchpoints:
      - id: order-mail
        name: Подтверждение заказа
        channel: email
        emotion: 1
        owner: CRM-команда
      - id: parcel
        name: Посылка у двери
        channel: courier
        emotion: 2
        pains: [Окно доставки на весь день]
        opportunities: [Отслеживание курьера в реальном времени]
        owner: Логистика
`,
};

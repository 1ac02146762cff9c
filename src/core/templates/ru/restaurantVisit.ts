import type { MapTemplate } from '../templateTypes';

/** Поход в ресторан (по-русски): от выбора места до отзыва. */
export const restaurantVisitTemplateRu: MapTemplate = {
  id: 'restaurant-visit.ru',
  lang: 'ru',
  label: 'Поход в ресторан',
  description: 'Выбрать, забронировать, прийти, заказать, поужинать, оплатить и оставить отзыв: офлайн и онлайн.',
  text: `# Поход в ресторан: офлайн-точки контакта (зал, телефон) рядом с онлайн-точками.
cjm: 1
title: Ужин в ресторане по соседству
lang: ru
type: basic
owner: Управляющий рестораном

personas:
  - id: couple
    name: Пара на свидании
    goals: [Тихий столик, Еда стоит своих денег]
    quote: "Мы выбираемся раз в месяц, так что всё должно быть хорошо."

# kind выбирает иконку: web | mobile | email | phone | store | social | ads | chat | mail | word-of-mouth | other
channels:
  - { id: maps, name: Отзывы в картах, kind: web }
  - { id: phone, name: Бронь по телефону, kind: phone }
  - { id: hall, name: Зал, kind: store }
  - { id: insta, name: Instagram, kind: social }

stages:
  - id: choose
    name: Выбор места
    thoughts: [Отзывы свежие?]
    emotion: 0
    touchpoints:
      - id: reviews
        name: Отзывы и фото
        channel: maps
        personas: [couple]
        emotion: 1
        opportunities: [Отвечать на каждый отзыв в течение дня]
        owner: Управляющий

  - id: book
    name: Бронь столика
    emotion: -1
    pains: [Нет онлайн-брони]   # боли и возможности: у этапа или у точки контакта
    touchpoints:
      - id: call
        name: Бронь по телефону
        channel: phone
        emotion: -1
        pains: [В обеденный час никто не берёт трубку]
        opportunities: [Виджет онлайн-брони]
        owner: Хостес

  - id: dine
    name: За столом
    emotion: 2
    touchpoints:
      - id: greeting
        name: Встреча у входа
        channel: hall
        emotion: 2
        moment-of-truth: true
        owner: Хостес
      - id: order
        name: Заказ
        channel: hall
        emotion: 1
        pains: [В меню не указаны аллергены]
        opportunities: [Значки аллергенов в меню]
        owner: Официанты
      - id: bill
        name: Оплата счёта
        channel: hall
        emotion: 0
        pains: [Долго ждать терминал]
        owner: Официанты
    metrics:
      # Метрика: value и target — числа, unit — любой текст.
      - { id: check, name: Средний чек, value: 3400, target: 4000, unit: ₽ }

  - id: after
    name: После визита
    emotion: 1
    touchpoints:
      - id: story
        name: Сторис с отметкой ресторана
        channel: insta
        emotion: 2
        opportunities: [Репостить сторис гостей]
        owner: Управляющий
`,
};

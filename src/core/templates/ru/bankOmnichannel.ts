import type { MapTemplate } from '../templateTypes';

/** Банк в отделении, приложении и на сайте (по-русски): открытие счёта и получение карты. */
export const bankOmnichannelTemplateRu: MapTemplate = {
  id: 'bank-omnichannel.ru',
  lang: 'ru',
  label: 'Банк: отделение, приложение и сайт',
  description: 'Открытие счёта через отделение, мобильное приложение и сайт — до первой оплаты картой.',
  text: `# Путь клиента банка через несколько каналов. Тексты можно писать на любом языке.
cjm: 1
title: Открытие текущего счёта
lang: ru
type: channels
owner: Розничный бизнес

personas:
  - id: senior
    name: Пенсионерка, которая доверяет отделениям
    quote: "Мне нужно видеть человека, а не экран."
    frustrations: [Мелкий шрифт в приложении]
  - id: student
    name: Студент, только мобильный банк
    frustrations: [Вообще идти в отделение]

channels:
  - { id: web, name: Сайт банка, kind: web }
  - { id: app, name: Мобильное приложение, kind: mobile }
  - { id: branch, name: Отделение, kind: store }
  - { id: hotline, name: Горячая линия, kind: phone }
  - { id: post, name: Письмо, kind: mail }

stages:
  - id: compare
    name: Сравнение предложений
    emotion: 0
    touchpoints:
      - id: tariffs
        name: Страница тарифов по счетам
        channel: web
        emotion: { senior: -1, student: 1 }   # своя оценка для каждой персоны
        pains: [Комиссии раскиданы по трём PDF]
        opportunities: [Единый калькулятор комиссий]
        owner: Цифровые продажи

  - id: apply
    name: Заявка
    emotion: -1
    touchpoints:
      - id: branch-visit
        name: Консультация в отделении
        channel: branch
        personas: [senior]        # без personas: все персоны
        emotion: 1
        owner: Сеть отделений
      - id: video-id
        name: Видеоидентификация
        channel: app
        personas: [student]
        emotion: -1
        moment-of-truth: true
        pains: [Не проходит при плохом освещении, Повторить можно только с новой заявкой]
        opportunities: [Повтор с того же шага]
        owner: Команда онбординга
    metrics:
      - { id: apps, name: Завершённые заявки, value: 71, target: 85, unit: "%" }

  - id: card
    name: Получение карты
    emotion: 0
    touchpoints:
      - id: pin-letter
        name: Письмо с картой и ПИН-кодом
        channel: post
        personas: [senior]
        emotion: 0
        owner: Карточный процессинг
      - id: virtual-card
        name: Виртуальная карта в приложении
        channel: app
        personas: [student]
        emotion: 2
        owner: Команда карт
    # backstage: системы и процессы, которых клиент не видит
    backstage: { systems: [Система управления картами], processes: [Эмбоссирование карт] }

  - id: use
    name: Первое использование
    emotion: 1
    touchpoints:
      - id: first-payment
        name: Первая оплата картой
        channel: app
        emotion: 1
        owner: Команда карт
      - id: help-call
        name: Звонок о заблокированном платеже
        channel: hotline
        personas: [senior]
        emotion: -2
        pains: [Антифрод заблокировал карту без предупреждения]
        opportunities: [Пуш-уведомление с разблокировкой в одно касание]
        owner: Антифрод
`,
};

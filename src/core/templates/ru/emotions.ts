import type { MapTemplate } from '../templateTypes';

/** Карта эмоций (emotions, по-русски): кривая чувств, мысли и моменты истины. */
export const emotionsTemplateRu: MapTemplate = {
  id: 'emotions.ru',
  lang: 'ru',
  label: 'Карта эмоций',
  description: 'Эмоциональная кривая по этапам: чувства, мысли и моменты, от которых зависит лояльность.',
  text: `# Карта эмоций: редактор карты сначала показывает кривую эмоций.
cjm: 1
title: Переезд и подключение домашнего интернета
lang: ru
type: emotions
owner: Команда клиентского опыта

personas:
  - id: tom
    name: Тимур, впервые снимает квартиру
    quote: "Мне просто нужен Wi-Fi к понедельнику."
  - id: lena
    name: Лена, работает удалённо
    quote: "Нет интернета — нет зарплаты."

channels:
  - { id: web, name: Сайт провайдера, kind: web }
  - { id: phone, name: Колл-центр, kind: phone }
  - { id: sms, name: СМС-уведомления, kind: chat }
  - { id: tech, name: Визит монтажника, kind: other }

stages:
  - id: order
    name: Заказ
    thoughts: [Какой тариф мне на самом деле нужен?]
    # Одна оценка для всех или своя для каждой персоны: { id-персоны: оценка }
    emotion: { tom: 1, lena: 0 }
    touchpoints:
      - id: plan-picker
        name: Подбор тарифа
        channel: web
        emotion: { tom: 1, lena: -1 }
        pains: [Скорость отдачи мелким шрифтом]
        opportunities: [Подсказка тарифа для работы из дома]
        owner: Онлайн-продажи

  - id: wait
    name: Ожидание подключения
    thoughts: [Про меня забыли?, Вдруг я пропущу монтажника?]
    emotion: -1
    touchpoints:
      - id: install-sms
        name: СМС со временем визита
        channel: sms
        emotion: 0
        opportunities: [Точное окно прибытия в день визита]
        owner: Выездная служба
      - id: reschedule-call
        name: Звонок о переносе
        channel: phone
        personas: [lena]
        emotion: -2
        moment-of-truth: true
        pains: [25 минут на линии, Визит сдвинули на неделю]
        opportunities: [Перенос ответом на СМС]
        owner: Колл-центр
    metrics:
      - { id: wait-days, name: Дней до подключения, value: 9, target: 3, unit: дн. }

  - id: install
    name: Подключение
    thoughts: [Наконец-то!]
    emotion: 2
    touchpoints:
      - id: technician
        name: Монтажник у двери
        channel: tech
        emotion: 2
        moment-of-truth: true
        opportunities: [Проверить Wi-Fi в каждой комнате]
        owner: Выездная служба

  - id: first-bill
    name: Первый счёт
    thoughts: ["Почему дороже, чем обещали?"]
    emotion: { tom: -1, lena: -1 }
    touchpoints:
      - id: bill-email
        name: Письмо с первым счётом
        channel: web
        emotion: -1
        pains: [Неполный первый месяц никак не объяснён]
        opportunities: [Расшифровать первый счёт построчно]
        owner: Биллинг
    metrics:
      - { id: calls, name: Звонков по счетам на 100 клиентов, value: 18, target: 5 }
`,
};

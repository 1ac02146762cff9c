import type { MapTemplate } from '../templateTypes';

/** Карта каналов (channels, по-русски): какие каналы несут каждый этап и насколько хорошо. */
export const channelsTemplateRu: MapTemplate = {
  id: 'channels.ru',
  lang: 'ru',
  label: 'Карта каналов',
  description: 'Каналы × этапы: где клиент переходит из канала в канал и где канал его подводит.',
  text: `# Карта каналов: редактор карты сначала показывает матрицу «канал × этап».
cjm: 1
title: Запись на техобслуживание автомобиля
lang: ru
type: channels
owner: Сервис и послепродажное обслуживание

personas:
  - { id: driver, name: Частный владелец автомобиля }

# Каждый канал должен использоваться хотя бы одной точкой контакта (иначе предупреждение).
channels:
  - { id: search, name: Поисковая реклама, kind: ads }
  - { id: web, name: Сайт дилера, kind: web }
  - { id: phone, name: Горячая линия сервиса, kind: phone }
  - { id: email, name: Электронная почта, kind: email }
  - { id: garage, name: Приёмка сервиса, kind: store }
  - { id: whatsapp, name: WhatsApp, kind: chat }

stages:
  - id: need
    name: Возникла потребность
    actions: [Видит сигнал о сервисе на панели, Ищет автосервис]
    emotion: -1
    touchpoints:
      - id: service-ad
        name: Реклама с ценой ТО
        channel: search
        personas: [driver]
        emotion: 0
        owner: Маркетинг

  - id: book
    name: Запись
    actions: [Выбирает дату, Описывает проблему]
    emotion: 0
    pains: [Онлайн-запись только на две недели вперёд]
    touchpoints:
      - id: online-booking
        name: Форма онлайн-записи
        channel: web
        emotion: 1
        opportunities: [Показывать примерную стоимость при записи]
        owner: Digital-команда
      - id: hotline
        name: Запись по телефону
        channel: phone
        emotion: -1
        pains: [Работает только с 9 до 17]
        owner: Мастера-приёмщики
      - id: confirmation
        name: Подтверждение записи
        channel: email
        emotion: 1
        owner: Digital-команда
    metrics:
      - { id: online-share, name: Доля онлайн-записей, value: 38, target: 60, unit: "%" }

  - id: visit
    name: Машина в сервисе
    actions: [Отдаёт ключи, Ждёт новостей]
    emotion: -1
    touchpoints:
      - id: reception
        name: Приёмка автомобиля
        channel: garage
        emotion: 1
        moment-of-truth: true
        owner: Мастера-приёмщики
      - id: extra-work
        name: Согласование доп. работ
        channel: whatsapp
        emotion: -1
        pains: [Фото приходят без цен]
        opportunities: [Фото с ценой и кнопкой «Согласовать» в одном сообщении]
        owner: Мастера-приёмщики

  - id: pickup
    name: Выдача и оплата
    emotion: 1
    touchpoints:
      - id: invoice
        name: Счёт и выдача автомобиля
        channel: garage
        emotion: 1
        owner: Касса
      - id: review-request
        name: Просьба оставить отзыв
        channel: email
        emotion: 0
        opportunities: [Просить отзыв только после удачного визита]
        owner: Маркетинг
`,
};

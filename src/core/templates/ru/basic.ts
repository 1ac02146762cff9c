import type { MapTemplate } from '../templateTypes';

/** Базовая карта (basic, по-русски): этапы, действия, мысли, эмоции и точки контакта. */
export const basicTemplateRu: MapTemplate = {
  id: 'basic.ru',
  lang: 'ru',
  label: 'Базовая карта пути клиента',
  description: 'Этапы, действия, мысли, эмоции и точки контакта: классическая CJM.',
  text: `# Карта пути клиента. Версия формата 1 (обязательно).
cjm: 1
title: Запись в фитнес-студию
lang: ru                   # язык экспорта (названия дорожек, числа): en | ru | pl | lv
description: Как новичок проходит путь от рекламы до регулярных тренировок раз в неделю.
type: basic                # basic | emotions | channels | persona | internal
owner: Команда абонементов

# Персоны: чей это путь. Точки контакта ссылаются на них по id.
personas:
  - id: maria
    name: Мария, офисный сотрудник
    goals: [Быть в форме без долгой дороги]
    frustrations: ["Залы, которые навязывают годовой абонемент"]
    quote: "У меня есть только вечера."

# Каналы: где клиент встречается с вами. kind выбирает иконку.
channels:
  - { id: social, name: Instagram, kind: social }
  - { id: web, name: Сайт, kind: web }
  - { id: studio, name: Ресепшен студии, kind: store }
  - { id: app, name: Приложение для записи, kind: mobile }

# Этапы — это столбцы карты, по порядку.
stages:
  - id: aware
    name: Осведомлённость
    goal: Найти студию рядом с работой
    actions: [Листает соцсети, Спрашивает коллег]
    thoughts: [Стоит ли оно своих денег?]
    emotion: 0             # от -2 (очень плохо) до +2 (очень хорошо)
    touchpoints:
      - id: insta-post
        name: Рекламный пост
        channel: social    # id канала, объявленного выше
        personas: [maria]
        emotion: 1
        opportunities: [Показывать реальных клиентов вместо моделей]
        owner: Маркетинг

  - id: consider
    name: Выбор
    goal: Сравнить цены и расписание
    actions: [Изучает прайс, Смотрит время занятий]
    thoughts: [Есть ли вечерние группы?]
    emotion: -1
    pains: [Цены только по запросу]
    opportunities: [Опубликовать понятную таблицу цен]
    metrics:               # value и target — числа, unit — любой текст
      - { id: visits, name: Посещения сайта, value: 4200, target: 5000, unit: сессий }
    touchpoints:
      - id: price-page
        name: Страница с ценами
        channel: web
        emotion: -1
        pains: [Не видно помесячной оплаты]
        owner: Веб-команда

  - id: trial
    name: Первый визит
    goal: Попробовать занятие до оплаты
    actions: [Записывается на пробное занятие, Приходит в студию]
    emotion: 2
    touchpoints:
      - id: trial-booking
        name: Запись на бесплатное занятие
        channel: app
        emotion: 1
        owner: Продукт
      - id: welcome
        name: Встреча на ресепшене
        channel: studio
        moment-of-truth: true   # здесь решается, останется ли клиент
        emotion: 2
        opportunities: [Показать раздевалки и шкафчики]
        owner: Администраторы студии

  - id: join
    name: Абонемент
    goal: Платить раз в месяц и ходить дважды в неделю
    actions: [Оформляет абонемент в приложении, Включает напоминания о занятиях]
    emotion: 1
    metrics:
      - { id: conversion, name: Из пробного в клиенты, value: 32, target: 45, unit: "%" }
    touchpoints:
      - id: payment
        name: Ежемесячная оплата
        channel: app
        emotion: 0
        pains: [Форма карты сбрасывается при ошибке]
        opportunities: [Оплата через СБП и Mir Pay]
        owner: Продукт
`,
};

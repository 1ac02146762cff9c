import type { MapTemplate } from '../templateTypes';

/** Онбординг B2B SaaS (по-русски): от регистрации на пробный период до первого продления. */
export const saasOnboardingTemplateRu: MapTemplate = {
  id: 'saas-onboarding.ru',
  lang: 'ru',
  label: 'Онбординг B2B SaaS',
  description: 'Команда внедряет SaaS-продукт: пробный период, настройка, первая ценность, внедрение и продление.',
  text: `# Онбординг B2B SaaS: две персоны (покупатель и пользователь) на одной карте.
cjm: 1
title: Внедрение таск-трекера в команду клиента
lang: ru
description: Как компания проходит путь от бесплатного пробного периода до продления годового договора.
type: basic
owner: Customer Success
tags: [b2b, онбординг]

personas:
  - id: buyer
    name: Операционный директор (покупатель)
    goals: [Уйти от таблиц за квартал]
    frustrations: ["Инструменты, которыми в итоге никто не пользуется"]
  - id: user
    name: Сотрудник команды (пользователь)
    goals: [Меньше отчётов о статусе]
    frustrations: ["Ещё один инструмент, который надо осваивать"]

channels:
  - { id: web, name: Сайт продукта, kind: web }
  - { id: product, name: Веб-приложение, kind: web }
  - { id: email, name: Онбординг-рассылка, kind: email }
  - { id: csm, name: Созвоны с Customer Success, kind: phone }
  - { id: chat, name: Чат в продукте, kind: chat }

stages:
  - id: trial
    name: Регистрация на пробный период
    goal: Понять, подходит ли продукт под наш процесс
    emotion: 1
    touchpoints:
      - id: signup
        name: Форма регистрации
        channel: web
        personas: [buyer]
        emotion: 1
        opportunities: [Вход через Яндекс ID]
        owner: Команда роста
        links: [https://example.com/signup]   # веб-ссылки открываются прямо с карты
    metrics:
      - { id: trials, name: Начатые пробные периоды, value: 840, target: 1000 }

  - id: setup
    name: Настройка пространства
    goal: Импортировать проекты и пригласить команду
    emotion: -1
    pains: [Импорт CSV падает на датах]
    touchpoints:
      - id: import
        name: Импорт из таблицы
        channel: product
        personas: [buyer]
        emotion: -2
        moment-of-truth: true
        pains: [Форматы дат не принимаются, Нет предпросмотра перед импортом]
        opportunities: [Предпросмотр с сопоставлением столбцов]
        owner: Команда импорта
      - id: invite
        name: Письмо-приглашение в команду
        channel: email
        personas: [user]
        emotion: 0
        owner: Команда роста
    metrics:
      # Тот же id метрики, что на прошлом этапе: карта покажет конверсию между ними.
      - { id: trials, name: Пробные периоды с импортом данных, value: 390, target: 700 }

  - id: first-value
    name: Первая ценность
    goal: Провести еженедельную планёрку по доске
    emotion: { buyer: 1, user: 1 }
    touchpoints:
      - id: board
        name: Доска статусов на неделю
        channel: product
        emotion: 2
        owner: Команда ядра продукта
      - id: help-chat
        name: Вопрос в чат
        channel: chat
        personas: [user]
        emotion: 1
        owner: Поддержка

  - id: rollout
    name: Внедрение
    goal: Перевести все команды на инструмент
    emotion: 0
    touchpoints:
      - id: kickoff
        name: Стартовый созвон по внедрению
        channel: csm
        personas: [buyer]
        emotion: 1
        opportunities: [Поделиться шаблоном плана внедрения]
        owner: Customer Success
    backstage: { owners: [Customer Success], systems: [CRM, Продуктовая аналитика] }

  - id: renewal
    name: Продление
    goal: Обосновать расходы перед финансовым отделом
    emotion: -1
    pains: [Нечего показать финансам об использовании]
    touchpoints:
      - id: renewal-call
        name: Встреча по продлению
        channel: csm
        personas: [buyer]
        emotion: 0
        moment-of-truth: true
        opportunities: [Автоматический отчёт о пользе перед продлением]
        owner: Аккаунт-менеджмент
    metrics:
      - { id: trials, name: Продлённые аккаунты, value: 120, target: 150 }
`,
};

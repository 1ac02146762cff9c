import type { MapTemplate } from '../templateTypes';

/** Внутренний процесс (internal, по-русски): путь сотрудника с ответственными и системами за кулисами. */
export const internalTemplateRu: MapTemplate = {
  id: 'internal.ru',
  lang: 'ru',
  label: 'Внутренний процесс (путь сотрудника)',
  description: 'Путь сотрудника через внутренний процесс: какие команды и системы стоят за каждым шагом.',
  text: `# Карта внутреннего процесса: «клиент» здесь — сотрудник.
cjm: 1
title: Адаптация нового сотрудника
lang: ru
type: internal
owner: HR-операции

personas:
  - id: hire
    name: Новый разработчик
    goals: [Выкатить что-нибудь в первую же неделю]
    frustrations: [Ожидание доступов]

channels:
  - { id: email, name: Электронная почта, kind: email }
  - { id: portal, name: HR-портал, kind: web }
  - { id: chat, name: Командный чат, kind: chat }
  - { id: office, name: Офис, kind: store }

# Свои дорожки: дополнительные строки, которые каждый этап заполняет в своём lanes:.
lanes:
  - id: checklist
    name: Чек-лист
    color: "#2f9e44"

stages:
  - id: offer
    name: Оффер принят
    emotion: 2
    touchpoints:
      - id: welcome-mail
        name: Приветственное письмо
        channel: email
        personas: [hire]
        emotion: 2
        owner: Рекрутинг
    # backstage: то, чего сотрудник не видит
    backstage: { owners: [Рекрутинг], systems: [ATS для подбора] }
    lanes: { checklist: [Договор подписан, Дата выхода согласована] }

  - id: first-day
    name: Первый день
    emotion: 0
    pains: [Ноутбук не готов]
    touchpoints:
      - id: desk
        name: Рабочее место и выдача ноутбука
        channel: office
        emotion: -1
        moment-of-truth: true
        pains: [В образе ноутбука нет инструментов разработчика]
        opportunities: [Отправлять ноутбук домой за неделю до выхода]
        owner: Служба ИТ-поддержки
      - id: hr-forms
        name: Кадровые анкеты
        channel: portal
        emotion: -1
        pains: [Одни и те же данные спрашивают трижды]
        owner: HR-операции
    backstage: { owners: [Служба ИТ-поддержки, АХО], systems: [Управление устройствами], processes: [Подготовка ноутбука] }
    lanes: { checklist: [Пропуск выдан, Ноутбук выдан] }
    metrics:
      - { id: access-hours, name: Часов до всех рабочих доступов, value: 30, target: 8, unit: ч }

  - id: first-week
    name: Первая неделя
    emotion: 1
    touchpoints:
      - id: buddy
        name: Знакомство с бадди
        channel: chat
        emotion: 2
        owner: Руководители разработки
      - id: first-pr
        name: Первый пул-реквест влит
        channel: chat
        emotion: 2
        opportunities: [Держать список задач для новичков]
        owner: Руководители разработки
    backstage: { owners: [Руководители разработки] }
    lanes: { checklist: [Доступ к репозиторию, Первая задача назначена] }

  - id: probation
    name: Конец испытательного срока
    emotion: 1
    touchpoints:
      - id: review
        name: Встреча по итогам испытательного срока
        channel: office
        emotion: 1
        moment-of-truth: true
        pains: [Цели так и не записали]
        opportunities: [Договориться о трёх целях в первую неделю]
        owner: Руководители разработки
      - id: survey
        name: Опрос об адаптации
        channel: portal
        emotion: 0
        owner: HR-операции
    lanes: { checklist: [Встреча проведена, Опрос пройден] }
    metrics:
      - { id: retention, name: Остались через 6 месяцев, value: 88, target: 95, unit: "%" }
`,
};

import type { MapTemplate } from '../templateTypes';

/** Карта персоны (persona, по-русски): одна подробная персона, её цели и раздражители на каждом шаге. */
export const personaTemplateRu: MapTemplate = {
  id: 'persona.ru',
  lang: 'ru',
  label: 'Путь персоны',
  description: 'Одна персона в деталях: цели, раздражители и цитаты в сравнении со второй персоной.',
  text: `# Карта персоны: редактор карты сначала показывает персон и их кривые эмоций.
cjm: 1
title: Планирование семейного отпуска
lang: ru
type: persona
owner: Продуктовая команда путешествий

personas:
  - id: olga
    name: Ольга, мама двоих детей
    description: Раз в год бронирует летний отпуск для семьи из четырёх человек; бюджет важен.
    goals: ["Отель, где удобно с детьми", Никаких сюрпризов в цене]
    frustrations: [Доплаты на последнем шаге, "Отзывы, которым нельзя верить"]
    quote: "Если дети довольны, то и я довольна."
    color: "#d9480f"       # цвет кривой эмоций этой персоны
  - id: janis
    name: Ян, студент
    goals: [Самый дешёвый перелёт]
    frustrations: [Правила провоза багажа]
    quote: "Я путешествую только с рюкзаком."
    color: "#1971c2"

channels:
  - { id: app, name: Приложение для путешествий, kind: mobile }
  - { id: email, name: Электронная почта, kind: email }
  - { id: friends, name: Друзья и родные, kind: word-of-mouth }
  - { id: support, name: Чат поддержки, kind: chat }

stages:
  - id: inspire
    name: Вдохновение
    goal: Выбрать, куда поехать
    emotion: { olga: 1, janis: 2 }
    touchpoints:
      - id: recommendation
        name: Совет друзей
        channel: friends
        personas: [olga]
        emotion: 2
      - id: deals-feed
        name: Лента горящих предложений
        channel: app
        personas: [janis]
        emotion: 2
        owner: Команда роста

  - id: book
    name: Бронирование
    goal: Оплатить перелёт и отель одним платежом
    thoughts: [Семейный номер точно на четверых?]
    emotion: { olga: -1, janis: 1 }
    touchpoints:
      - id: checkout
        name: Оплата тура
        channel: app
        personas: [olga, janis]
        emotion: { olga: -2, janis: 1 }
        moment-of-truth: true
        pains: [Цена детских кресел видна только в конце]
        opportunities: [Показывать семейную цену с первого экрана]
        owner: Команда бронирования
    metrics:
      - { id: abandon, name: Брошенные оплаты, value: 61, target: 40, unit: "%" }

  - id: prepare
    name: Перед поездкой
    emotion: 0
    touchpoints:
      - id: documents
        name: Письмо с документами
        channel: email
        emotion: 1
        owner: Операционный отдел
      - id: question
        name: Вопрос о багаже
        channel: support
        personas: [janis]
        emotion: -1
        pains: [Бот не отвечает на вопросы о багаже]
        opportunities: [Переключать на оператора после первого неудачного ответа]
        owner: Поддержка

  - id: return
    name: Возвращение домой
    goal: Поделиться впечатлениями и задуматься о следующей поездке
    emotion: { olga: 1, janis: 1 }
    touchpoints:
      - id: feedback
        name: Опрос о поездке
        channel: email
        personas: [olga, janis]
        emotion: 0
        pains: [Двадцать вопросов про одну поездку]
        opportunities: [Три вопроса и загрузка фото]
        owner: Клиентская аналитика
    metrics:
      - { id: nps, name: Индекс NPS, value: 31, target: 45 }
`,
};

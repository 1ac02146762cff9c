// cjm: saas-onboarding/signup-form
export function SignUp() {
  return <form class="sign-up" />;
}

/**
 * What people type into the popup's search box, and the topic they need first. Written as people
 * write — lower case, no accents, typos, platform nicknames, English words in Spanish or Portuguese —
 * and not from the articles' titles. Used by search-relevance.test.ts.
 *
 * `expect` is the topic a person typing this most likely needs. Where a query fits two topics
 * equally, both are accepted and `why` says so; queries that fit several topics were left out.
 */
export interface RelevanceQuery {
  q: string;
  expect: string | readonly string[];
  why?: string;
}

// A correct code refused has one article per platform, saying the same for each: a query that names
// no platform accepts either.
const IG_OR_X_INVALID = ['instagram/invalid-code', 'x/invalid-code'] as const;
const NO_PLATFORM = 'no platform named: the Instagram and the X article say the same thing for their platform';

export const QUERIES: Record<'en' | 'es' | 'pt-BR', readonly RelevanceQuery[]> = {
  en: [
    // Known bad results of the issue.
    { q: 'instagram wont accept my code', expect: 'instagram/invalid-code' },
    { q: 'cant log in', expect: 'general/account-recovery' },
    {
      q: 'x code',
      expect: ['x/mobile-app-codes', 'x/invalid-code'],
      why: 'only the platform and "code": finding the X code and the X code being refused are equally likely',
    },
    // Refused codes.
    { q: 'ig code wrong', expect: 'instagram/invalid-code' },
    { q: 'insta says the code is invalid', expect: 'instagram/invalid-code' },
    { q: 'instagram code doesnt work even though its correct', expect: 'instagram/invalid-code' },
    { q: 'twitter says code incorrect', expect: 'x/invalid-code' },
    { q: 'verification code wrong twitter', expect: 'x/invalid-code' },
    { q: 'x incorrect please try again', expect: 'x/invalid-code' },
    { q: 'twiter code rejected', expect: 'x/invalid-code' },
    { q: 'correct code rejected', expect: IG_OR_X_INVALID, why: NO_PLATFORM },
    // Locked out.
    { q: 'locked out of my account', expect: 'general/account-recovery' },
    { q: 'account locked twitter', expect: 'general/account-recovery' },
    { q: 'lost access to our account', expect: 'general/account-recovery' },
    { q: 'cannot get into the account at all', expect: 'general/account-recovery' },
    // Text messages.
    { q: 'never got the sms', expect: 'general/sms-not-delivered' },
    { q: 'text code not coming', expect: 'general/sms-not-delivered' },
    { q: 'didnt recieve verification text', expect: 'general/sms-not-delivered' },
    { q: 'sms never arrives instagram', expect: 'general/sms-not-delivered' },
    { q: 'resend code does nothing', expect: 'general/sms-not-delivered' },
    // Backup / recovery codes.
    { q: 'backup code doesnt work', expect: 'general/recovery-code-rejected' },
    { q: 'recovery code invalid twitter', expect: 'general/recovery-code-rejected' },
    { q: 'used backup code already', expect: 'general/recovery-code-rejected' },
    { q: 'where do i save backup codes', expect: 'instagram/save-recovery-codes' },
    { q: 'store instagram recovery codes', expect: 'instagram/save-recovery-codes' },
    { q: 'someone stole our backup codes', expect: 'general/backup-codes-compromised' },
    { q: 'our backup codes got leaked online', expect: 'general/backup-codes-compromised' },
    { q: 'backup codes were shared in slack', expect: 'general/backup-codes-compromised' },
    // Authenticator apps.
    { q: 'google authenticator codes not working', expect: 'general/authenticator-codes-rejected' },
    { q: 'authenticator app code rejected during setup', expect: 'general/authenticator-codes-rejected' },
    { q: 'phone clock wrong codes fail', expect: 'general/authenticator-codes-rejected' },
    // Support, contact details, prevention.
    { q: 'how to contact instagram support', expect: 'general/contact-support' },
    { q: 'talk to a real person at twitter', expect: 'general/contact-support' },
    { q: 'code goes to old phone number', expect: 'general/outdated-contact-info' },
    { q: 'code sent to an email we dont have anymore', expect: 'general/outdated-contact-info' },
    { q: 'my number changed how do i get the code', expect: 'general/outdated-contact-info' },
    { q: 'tips to avoid getting locked out', expect: 'general/prevent-2fa-problems' },
    { q: 'best practices two factor shared account', expect: 'general/prevent-2fa-problems' },
    // Asked for a code out of the blue.
    { q: 'asking for a code but we never turned on 2fa', expect: 'general/unexpected-2fa-prompt' },
    { q: 'why is it suddenly asking for a code', expect: 'general/unexpected-2fa-prompt' },
    // Instagram set-up.
    { q: 'enable 2fa instagram app', expect: 'instagram/configure-mfa-app' },
    { q: 'set up authenticator on instagram phone', expect: 'instagram/configure-mfa-app' },
    { q: 'turn on two factor instagram on desktop', expect: 'instagram/configure-mfa-browser' },
    { q: 'insta 2fa on pc browser', expect: 'instagram/configure-mfa-browser' },
    { q: 'create phone number in cerby', expect: 'instagram/create-managed-contact' },
    { q: 'make a managed email adress', expect: 'instagram/create-managed-contact' },
    { q: 'create phone number button greyed out', expect: 'instagram/create-managed-contact' },
    { q: 'confirm email instagram link', expect: 'instagram/email-swap' },
    { q: 'instagram wants me to confirm my new email', expect: 'instagram/email-swap' },
    { q: 'what phone number should i give instagram', expect: 'instagram/managed-phone' },
    { q: 'we cant use a managed email, enable mfa manually instagram', expect: 'instagram/manual-mfa-enrollment' },
    { q: 'instagram mfa without managed email', expect: 'instagram/manual-mfa-enrollment' },
    // Instagram codes.
    { q: 'paste code instagram app autofill', expect: 'instagram/mobile-app-codes' },
    {
      q: 'where is the mfa code in cerby mobile app',
      expect: ['instagram/mobile-app-codes', 'instagram/retrieve-code'],
      why: 'both Instagram articles send the person to the MFA Code section of the Cerby mobile app',
    },
    { q: 'where do i find my instagram code', expect: 'instagram/retrieve-code' },
    { q: 'instagram 6 digit code where', expect: 'instagram/retrieve-code' },
    { q: 'instagarm verification code', expect: 'instagram/retrieve-code' },
    // Instagram security checks.
    { q: 'cant access certain settings instagram', expect: 'instagram/settings-locked' },
    { q: 'instagram wont let me turn on 2fa', expect: 'instagram/settings-locked' },
    { q: 'security settings blocked for days', expect: 'instagram/settings-locked' },
    { q: 'instagram unusual login', expect: 'instagram/suspicious-login' },
    { q: 'instagram says someone tried to log in', expect: 'instagram/suspicious-login' },
    { q: 'send security code email instagram', expect: 'instagram/suspicious-login' },
    // X.
    { q: 'x email field blank', expect: 'x/email-swap' },
    { q: 'twitter email disappeared after change', expect: 'x/email-swap' },
    { q: 'setup 2fa twitter authenticator', expect: 'x/manual-mfa' },
    { q: 'scan qr code x cerby', expect: 'x/manual-mfa' },
    { q: 'twitter verification code where to find', expect: 'x/mobile-app-codes' },
    { q: 'x login code paste from cerby', expect: 'x/mobile-app-codes' },
    { q: 'twitter check your email code', expect: 'x/new-login-location' },
    { q: 'x emailed me a code', expect: 'x/new-login-location' },
    { q: 'x wants the account email adress', expect: 'x/new-login-location' },
    { q: 'twitter wants me to text a number', expect: 'x/sms-send-flow' },
    { q: 'send sms to verify x', expect: 'x/sms-send-flow' },
  ],

  es: [
    // Known bad results of the issue.
    { q: 'no puedo entrar', expect: 'general/account-recovery' },
    {
      q: 'codigo de backup',
      // A bare "backup code" with no verb: the person is at a login step that asks for one (this
      // extension is opened from stuck login screens), and the rejected-code article is the one for
      // that moment — it also says where the team's saved codes are (View Codes). Saving the codes
      // is what someone does right after turning MFA on, and they say so ("guardar", "salvar").
      expect: 'general/recovery-code-rejected',
    },
    // Refused codes.
    { q: 'codigo no valido instagram', expect: 'instagram/invalid-code' },
    { q: 'instagram dice codigo incorrecto', expect: 'instagram/invalid-code' },
    { q: 'codigo incorecto instagram', expect: 'instagram/invalid-code' },
    { q: 'insta no me acepta el codigo', expect: 'instagram/invalid-code' },
    { q: 'x no me acepta el codigo de verificacion', expect: 'x/invalid-code' },
    { q: 'twitter codigo incorrecto', expect: 'x/invalid-code' },
    { q: 'el codigo es correcto pero lo rechaza', expect: IG_OR_X_INVALID, why: NO_PLATFORM },
    // Locked out.
    { q: 'no puedo entrar a mi cuenta de instagram', expect: 'general/account-recovery' },
    { q: 'cuenta bloqueada twitter', expect: 'general/account-recovery' },
    { q: 'no logro iniciar sesion', expect: 'general/account-recovery' },
    { q: 'perdi acceso a la cuenta', expect: 'general/account-recovery' },
    // Text messages.
    { q: 'nunca me llega el codigo por sms', expect: 'general/sms-not-delivered' },
    { q: 'no llega el sms de instagram', expect: 'general/sms-not-delivered' },
    { q: 'no recibo mensaje de texto', expect: 'general/sms-not-delivered' },
    { q: 'reenviar codigo no funciona', expect: 'general/sms-not-delivered' },
    { q: '2fa code no llega', expect: 'general/sms-not-delivered' },
    // Backup / recovery codes.
    { q: 'el codigo de respaldo que guardamos no funciona', expect: 'general/recovery-code-rejected' },
    { q: 'el codigo de recuperacion no sirve', expect: 'general/recovery-code-rejected' },
    { q: 'codigo de recuperacion ya usado', expect: 'general/recovery-code-rejected' },
    { q: 'backup code no funciona', expect: 'general/recovery-code-rejected' },
    { q: 'donde guardo los codigos de recuperacion', expect: 'instagram/save-recovery-codes' },
    { q: 'guardar codigos de respaldo en cerby', expect: 'instagram/save-recovery-codes' },
    { q: 'alguien vio mis codigos de respaldo', expect: 'general/backup-codes-compromised' },
    { q: 'se filtraron los codigos', expect: 'general/backup-codes-compromised' },
    // Authenticator apps.
    { q: 'google authenticator no funciona', expect: 'general/authenticator-codes-rejected' },
    { q: 'la app de autenticacion da codigos incorrectos', expect: 'general/authenticator-codes-rejected' },
    { q: 'codigo del autenticador rechazado al configurar', expect: 'general/authenticator-codes-rejected' },
    // Support, contact details, prevention.
    { q: 'contactar soporte de instagram', expect: 'general/contact-support' },
    { q: 'hablar con alguien de twitter', expect: 'general/contact-support' },
    { q: 'el codigo llega a un numero viejo', expect: 'general/outdated-contact-info' },
    { q: 'cambie de numero y no me llegan los codigos', expect: 'general/outdated-contact-info' },
    { q: 'correo antiguo ya no tengo acceso', expect: 'general/outdated-contact-info' },
    { q: 'consejos para no quedar bloqueado', expect: 'general/prevent-2fa-problems' },
    { q: 'como evitar problemas con la verificacion en dos pasos', expect: 'general/prevent-2fa-problems' },
    // Asked for a code out of the blue.
    { q: 'me pide un codigo y nunca active 2fa', expect: 'general/unexpected-2fa-prompt' },
    { q: 'por que me pide codigo de verificacion si no lo configure', expect: 'general/unexpected-2fa-prompt' },
    // Instagram set-up.
    { q: 'activar 2fa en la app de instagram', expect: 'instagram/configure-mfa-app' },
    { q: 'configurar autenticador instagram celular', expect: 'instagram/configure-mfa-app' },
    { q: 'verificacion en dos pasos intagram celular', expect: 'instagram/configure-mfa-app' },
    { q: 'activar 2fa instagram desde el navegador', expect: 'instagram/configure-mfa-browser' },
    { q: 'instagram mfa en el ordenador', expect: 'instagram/configure-mfa-browser' },
    { q: 'crear numero de telefono en cerby', expect: 'instagram/create-managed-contact' },
    { q: 'crear correo gestionado', expect: 'instagram/create-managed-contact' },
    { q: 'boton crear numero gris', expect: 'instagram/create-managed-contact' },
    { q: 'confirmar correo nuevo instagram', expect: 'instagram/email-swap' },
    { q: 'instagram enlace de confirmacion del correo', expect: 'instagram/email-swap' },
    { q: 'que numero de telefono pongo en instagram', expect: 'instagram/managed-phone' },
    { q: 'numero de cerby para instagram', expect: 'instagram/managed-phone' },
    { q: 'activar mfa sin correo gestionado', expect: 'instagram/manual-mfa-enrollment' },
    // Instagram codes.
    { q: 'pegar codigo en la app de instagram', expect: 'instagram/mobile-app-codes' },
    { q: 'autocompletar codigo cerby celular instagram', expect: 'instagram/mobile-app-codes' },
    { q: 'donde encuentro el codigo de instagram', expect: 'instagram/retrieve-code' },
    { q: 'codigo de verificacion instagram donde esta', expect: 'instagram/retrieve-code' },
    // Instagram security checks.
    { q: 'dice que no puedo acceder a algunos ajustes por ahora', expect: 'instagram/settings-locked' },
    { q: 'instagram no me deja activar la autenticacion', expect: 'instagram/settings-locked' },
    { q: 'no me deja cambiar la seguridad por unos dias', expect: 'instagram/settings-locked' },
    { q: 'intento de login raro instagram', expect: 'instagram/suspicious-login' },
    { q: 'instagram dice actividad sospechosa', expect: 'instagram/suspicious-login' },
    { q: 'codigo de seguridad por correo instagram', expect: 'instagram/suspicious-login' },
    // X.
    { q: 'campo de correo vacio en x', expect: 'x/email-swap' },
    { q: 'cambie el email de twitter y no aparece', expect: 'x/email-swap' },
    { q: 'activar 2fa en twitter', expect: 'x/manual-mfa' },
    { q: 'escanear qr de x con cerby', expect: 'x/manual-mfa' },
    { q: 'donde esta mi codigo de x', expect: 'x/mobile-app-codes' },
    { q: 'codigo de verificacion twitter cerby app', expect: 'x/mobile-app-codes' },
    { q: 'x me pide confirmar el correo de la cuenta', expect: 'x/new-login-location' },
    { q: 'twitter envio codigo al correo', expect: 'x/new-login-location' },
    { q: 'x dice revisa tu correo', expect: 'x/new-login-location' },
    { q: 'x me pide enviar un sms', expect: 'x/sms-send-flow' },
    { q: 'twitter quiere que mande un mensaje', expect: 'x/sms-send-flow' },
  ],

  'pt-BR': [
    // Known bad results of the issue, in Portuguese.
    { q: 'nao consigo entrar', expect: 'general/account-recovery' },
    { q: 'não recebi o código', expect: 'general/sms-not-delivered' },
    // Refused codes.
    { q: 'codigo invalido instagram', expect: 'instagram/invalid-code' },
    { q: 'instagram diz que o codigo esta errado', expect: 'instagram/invalid-code' },
    { q: 'codgo incorreto insta', expect: 'instagram/invalid-code' },
    { q: 'instagran codigo nao funciona', expect: 'instagram/invalid-code' },
    { q: 'o x nao aceita meu codigo', expect: 'x/invalid-code' },
    { q: 'twitter codigo incorreto', expect: 'x/invalid-code' },
    { q: 'codigo certo mas recusado', expect: IG_OR_X_INVALID, why: NO_PLATFORM },
    // Locked out.
    { q: 'nao consigo fazer login no insta', expect: 'general/account-recovery' },
    { q: 'conta bloqueada no twitter', expect: 'general/account-recovery' },
    { q: 'nao consigo acessar minha conta', expect: 'general/account-recovery' },
    { q: 'perdi o acesso a conta', expect: 'general/account-recovery' },
    // Text messages.
    { q: 'o sms nunca chega', expect: 'general/sms-not-delivered' },
    { q: 'não recebi sms do instagram', expect: 'general/sms-not-delivered' },
    { q: 'reenviar codigo nao funciona', expect: 'general/sms-not-delivered' },
    { q: '2fa code nao chega', expect: 'general/sms-not-delivered' },
    { q: 'nao recebi o codigo de verificacao por mensagem', expect: 'general/sms-not-delivered' },
    // Backup / recovery codes.
    { q: 'o codigo de backup deu invalido', expect: 'general/recovery-code-rejected' },
    { q: 'codigo de recuperação nao serve', expect: 'general/recovery-code-rejected' },
    { q: 'ja usaram esse codigo de backup', expect: 'general/recovery-code-rejected' },
    { q: 'backup code recusado', expect: 'general/recovery-code-rejected' },
    { q: 'onde salvar os codigos de backup', expect: 'instagram/save-recovery-codes' },
    { q: 'guardar codigos de recuperacao no cerby', expect: 'instagram/save-recovery-codes' },
    { q: 'alguem pegou meus codigos de backup', expect: 'general/backup-codes-compromised' },
    { q: 'codigos de backup vazaram', expect: 'general/backup-codes-compromised' },
    // Authenticator apps.
    { q: 'google authenticator nao funciona', expect: 'general/authenticator-codes-rejected' },
    { q: 'app autenticador gera codigo errado', expect: 'general/authenticator-codes-rejected' },
    { q: 'relogio do celular errado codigo recusado', expect: 'general/authenticator-codes-rejected' },
    // Support, contact details, prevention.
    { q: 'falar com o suporte do instagram', expect: 'general/contact-support' },
    { q: 'como entrar em contato com o twitter', expect: 'general/contact-support' },
    { q: 'codigo vai para numero antigo', expect: 'general/outdated-contact-info' },
    { q: 'troquei de numero e nao recebo codigo', expect: 'general/outdated-contact-info' },
    { q: 'email antigo sem acesso', expect: 'general/outdated-contact-info' },
    { q: 'dicas para evitar bloqueio', expect: 'general/prevent-2fa-problems' },
    { q: 'como prevenir problemas com autenticacao de dois fatores', expect: 'general/prevent-2fa-problems' },
    // Asked for a code out of the blue.
    { q: 'pede codigo mas nunca ativei 2fa', expect: 'general/unexpected-2fa-prompt' },
    { q: 'por que esta pedindo codigo de verificacao do nada', expect: 'general/unexpected-2fa-prompt' },
    // Instagram set-up.
    { q: 'ativar 2fa no app do instagram', expect: 'instagram/configure-mfa-app' },
    { q: 'configurar autenticador instagram no celular', expect: 'instagram/configure-mfa-app' },
    { q: 'ativar 2fa do instagram pelo computador', expect: 'instagram/configure-mfa-browser' },
    { q: 'instagram mfa navegador', expect: 'instagram/configure-mfa-browser' },
    { q: 'criar numero de telefone no cerby', expect: 'instagram/create-managed-contact' },
    { q: 'criar email gerenciado', expect: 'instagram/create-managed-contact' },
    { q: 'botao criar numero nao habilita', expect: 'instagram/create-managed-contact' },
    { q: 'confirmar novo email instagram', expect: 'instagram/email-swap' },
    { q: 'link de confirmacao do email do instagram', expect: 'instagram/email-swap' },
    { q: 'qual numero colocar no instagram', expect: 'instagram/managed-phone' },
    { q: 'numero do cerby no instagram', expect: 'instagram/managed-phone' },
    { q: 'ativar mfa sem email gerenciado', expect: 'instagram/manual-mfa-enrollment' },
    // Instagram codes.
    { q: 'colar codigo no app do instagram', expect: 'instagram/mobile-app-codes' },
    { q: 'preenchimento automatico codigo instagram celular', expect: 'instagram/mobile-app-codes' },
    { q: 'onde acho o codigo do instagram', expect: 'instagram/retrieve-code' },
    { q: 'codigo de verificacao do instagram onde fica', expect: 'instagram/retrieve-code' },
    // Instagram security checks.
    { q: 'nao consigo acessar algumas configuracoes', expect: 'instagram/settings-locked' },
    { q: 'instagram nao deixa ativar autenticacao', expect: 'instagram/settings-locked' },
    { q: 'configuracoes de seguranca bloqueadas uns dias', expect: 'instagram/settings-locked' },
    { q: 'atividade suspeita no login do insta', expect: 'instagram/suspicious-login' },
    { q: 'codigo de seguranca por email instagram', expect: 'instagram/suspicious-login' },
    { q: 'tentativa de acesso incomum', expect: 'instagram/suspicious-login' },
    // X.
    { q: 'campo de email vazio no x', expect: 'x/email-swap' },
    { q: 'troquei o email do twitter e sumiu', expect: 'x/email-swap' },
    { q: 'ativar 2fa no twitter', expect: 'x/manual-mfa' },
    { q: 'escanear qr code do x com cerby', expect: 'x/manual-mfa' },
    { q: 'onde esta meu codigo do x', expect: 'x/mobile-app-codes' },
    { q: 'codigo de verificacao twitter app cerby', expect: 'x/mobile-app-codes' },
    { q: 'x pede o email da conta', expect: 'x/new-login-location' },
    { q: 'twitter mandou codigo por email', expect: 'x/new-login-location' },
    { q: 'verifique seu email twitter', expect: 'x/new-login-location' },
    { q: 'x pede para enviar sms', expect: 'x/sms-send-flow' },
    { q: 'twitter quer que eu mande mensagem', expect: 'x/sms-send-flow' },
  ],
};

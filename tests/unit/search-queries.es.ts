import { IG_OR_X_INVALID, NO_PLATFORM, type RelevanceQuery } from './search-queries.shared';

/** What people type in Spanish (search-relevance.queries.ts says how they were written). */
export const ES_QUERIES: readonly RelevanceQuery[] = [
  // Queries that once gave bad results.
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
];

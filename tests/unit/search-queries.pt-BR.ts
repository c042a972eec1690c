import { IG_OR_X_INVALID, NO_PLATFORM, type RelevanceQuery } from './search-queries.shared';

/** What people type in Portuguese (Brazil) (search-relevance.queries.ts says how they were written). */
export const PT_BR_QUERIES: readonly RelevanceQuery[] = [
  // Queries that once gave bad results, in Portuguese.
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
];

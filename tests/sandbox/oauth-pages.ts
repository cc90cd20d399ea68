/** HTML of the sandbox login/consent page and of the OAuth error page (pt-BR, like CREDERE). */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;display:flex;justify-content:center}
main{background:#fff;margin-top:48px;padding:32px;border-radius:8px;box-shadow:0 2px 8px #0002;width:360px}
h1{font-size:1.3rem;margin:0 0 16px}label{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input[type=password]{width:100%;padding:8px;box-sizing:border-box;font-size:1rem}
.actions{display:flex;gap:8px;margin-top:20px}button{flex:1;padding:10px;font-size:1rem;cursor:pointer}
#approve{background:#0b6bcb;color:#fff;border:0;border-radius:4px}#deny{background:#fff;border:1px solid #999;border-radius:4px}
.error{color:#b00020;background:#fde7ea;padding:8px;border-radius:4px}.scopes li{margin:4px 0}`;

export interface LoginPageInput {
  clientName: string;
  scope: string;
  hidden: Record<string, string>;
  error?: string;
  username?: string;
}

export function loginPage(input: LoginPageInput): string {
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const scopes = input.scope
    .split(' ')
    .filter(Boolean)
    .map((s) => `<li>${escapeHtml(SCOPE_LABELS[s] ?? s)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="pt-BR">
<head><meta charset="utf-8"><title>Entrar no CREDERE (sandbox)</title><style>${PAGE_STYLE}</style></head>
<body>
  <main>
    <h1>Entrar no CREDERE</h1>
    <p>O aplicativo <strong>${escapeHtml(input.clientName)}</strong> quer acessar sua conta CREDERE.</p>
    <p>Permissões solicitadas:</p>
    <ul class="scopes">${scopes}</ul>
    ${input.error ? `<p class="error" role="alert" id="login-error">${escapeHtml(input.error)}</p>` : ''}
    <form method="post" action="/api/v1/authorize" id="login-form">
      ${hidden}
      <label for="username">E-mail (usuário)</label>
      <input type="text" id="username" name="username" autocomplete="username" value="${escapeHtml(input.username ?? '')}">
      <label for="password">Senha</label>
      <input type="password" id="password" name="password" autocomplete="current-password">
      <div class="actions">
        <button type="submit" id="approve" name="decision" value="approve">Autorizar</button>
        <button type="submit" id="deny" name="decision" value="deny">Negar</button>
      </div>
    </form>
  </main>
</body>
</html>`;
}

const SCOPE_LABELS: Record<string, string> = {
  simulator: 'simulator — criar leads e simulações',
  proposals: 'proposals — cadastrar clientes e propostas',
  embedded: 'embedded — uso no Embed (somente leitura)',
};

export function oauthErrorPage(title: string, detail: string): string {
  return `<!doctype html>
<html lang="pt-BR">
<head><meta charset="utf-8"><title>Erro de autorização</title><style>${PAGE_STYLE}</style></head>
<body>
  <main>
    <h1 id="oauth-error-title">Ocorreu um erro</h1>
    <p class="error" id="oauth-error">${escapeHtml(title)}</p>
    <p>${escapeHtml(detail)}</p>
  </main>
</body>
</html>`;
}

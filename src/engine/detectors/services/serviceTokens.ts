// Tokens of the services around a bot, each recognised by its issuer's own prefix and shape: secret stores
// (1Password, Doppler), monitoring and analytics (Grafana, New Relic, PostHog, SonarQube), hosting and
// tooling (Heroku, Postman, Bitbucket), payments (Square) and Google's OAuth tokens. The prefixes are exact
// enough to need no variable name next to them.
import { defineDetector, type Validator } from '../../defineDetector';
import { standardValidators } from '../../judge/validators';
import { rx } from '../fragments';

/**
 * A 1Password service-account token is `ops_` and base64url JSON (`{"signInAddress":…`): its start must decode
 * to a JSON object's first member, which no typed placeholder does.
 */
const opsTokenJson: Validator = {
  name: 'base64url-json',
  test: (v) => /^\{"[A-Za-z]{2,30}":/.test(Buffer.from(v.slice(4, 60), 'base64url').toString('latin1')),
};

/** A token pattern: the prefix literal (lowercase) is its keyword. */
function token(re: string, keyword: string | string[], exchange: string, envName: string, validate?: Validator[]) {
  return { re: rx(re), keywords: Array.isArray(keyword) ? keyword : [keyword], exchange, envName, ...(validate ? { validate } : {}) };
}

export const serviceToken = defineDetector({
  id: 'secret/service-token',
  title: 'SaaS platform token',
  severity: 'warning',
  role: 'token',
  message: '{exchange} token {masked} is hard-coded.',
  risk: 'It grants access to your account on that service (secrets, dashboards, deployments, payments) to anyone who reads the file.',
  advice: 'Move it to an environment variable or your secret store. If it was shared or committed, revoke it in the {exchange} settings and create a new one.',
  keywords: ['ops_ey', 'a3-', 'glsa_', 'dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'ya29.', '1//0', 'phx_', 'pmak-', 'pmat-', 'squ_', 'sqp_', 'sqa_', 'nrak-', 'nral', 'hrku-', 'atbb', 'sq0csp-', 'sq0atp-', 'eaaa'],
  validate: standardValidators,
  patterns: [
    token(String.raw`(?<![A-Za-z0-9_])(?<v>ops_eyJ[A-Za-z0-9_-]{100,4000})(?![A-Za-z0-9_-])`, 'ops_ey', '1Password', 'OP_SERVICE_ACCOUNT_TOKEN', [opsTokenJson]),
    // The account's Secret Key: A3, a six-character account part, then 26 random characters in groups.
    token(String.raw`(?<![A-Za-z0-9-])(?<v>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])`, 'a3-', '1Password', 'OP_SECRET_KEY'),
    token(String.raw`(?<![A-Za-z0-9_])(?<v>glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})(?![A-Za-z0-9_])`, 'glsa_', 'Grafana', 'GRAFANA_SERVICE_ACCOUNT_TOKEN'),
    token(String.raw`(?<![A-Za-z0-9_.])(?<v>dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])`, ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.'], 'Doppler', 'DOPPLER_TOKEN'),
    // Google OAuth: access tokens (ya29., an hour's access to what was granted) and refresh tokens (1//0…, lasting).
    token(String.raw`(?<![A-Za-z0-9_.])(?<v>ya29\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])`, 'ya29.', 'Google OAuth', 'GOOGLE_OAUTH_TOKEN'),
    token(String.raw`(?<![A-Za-z0-9_/])(?<v>1//0[A-Za-z0-9_-]{40,400})(?![A-Za-z0-9_-])`, '1//0', 'Google OAuth', 'GOOGLE_REFRESH_TOKEN'),
    // PostHog's personal API key (phx_); the project key (phc_) ships to browsers by design.
    token(String.raw`(?<![A-Za-z0-9_])(?<v>phx_[A-Za-z0-9]{43})(?![A-Za-z0-9_])`, 'phx_', 'PostHog', 'POSTHOG_PERSONAL_API_KEY'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![A-Za-z0-9_-])`, 'pmak-', 'Postman', 'POSTMAN_API_KEY'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>PMAT-[0-9A-Z]{26})(?![A-Za-z0-9_-])`, 'pmat-', 'Postman', 'POSTMAN_ACCESS_TOKEN'),
    token(String.raw`(?<![A-Za-z0-9_])(?<v>sq[upa]_[0-9a-f]{40})(?![A-Za-z0-9_])`, ['squ_', 'sqp_', 'sqa_'], 'SonarQube', 'SONAR_TOKEN'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])`, 'nrak-', 'New Relic', 'NEW_RELIC_API_KEY'),
    // The license key: 36 lowercase characters ending in NRAL (EU keys start with their region, eu01x).
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>[a-z0-9]{36}NRAL)(?![A-Za-z0-9_-])`, 'nral', 'New Relic', 'NEW_RELIC_LICENSE_KEY'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>HRKU-(?:[A-Za-z0-9_-]{60}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![A-Za-z0-9_-])`, 'hrku-', 'Heroku', 'HEROKU_API_KEY'),
    token(String.raw`(?<![A-Za-z0-9_+/])(?<v>ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_=.-])`, 'atbb', 'Bitbucket', 'BITBUCKET_APP_PASSWORD'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`, 'sq0csp-', 'Square', 'SQUARE_OAUTH_SECRET'),
    token(String.raw`(?<![A-Za-z0-9_-])(?<v>sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])`, 'sq0atp-', 'Square', 'SQUARE_ACCESS_TOKEN'),
    // Square's current access tokens: EAAA and 60 characters (base64 runs around it are excluded by the lookarounds).
    token(String.raw`(?<![A-Za-z0-9_+/-])(?<v>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_+/=-])`, 'eaaa', 'Square', 'SQUARE_ACCESS_TOKEN'),
  ],
  examples: {
    positive: [
      { text: `export OP_SERVICE_ACCOUNT_TOKEN=⟦ops_eyJzaWduSW5BZGRyZXNzIjoiZGVzay03LjFwYXNzd29yZC5jb20iLCJ1c2VyQXV0aCI6eyJtZXRob2QiOiJTUlBnLTQwOTYiLCJhbGciOiJQQkVTMmctSFMyNTYiLCJpdGVyYXRpb25zIjo2NTAwMDAsInNhbHQiOiJNZDRnY2VodkNiS01NNmQ4ZDc4YjN4In0sImVtYWlsIjoiOGQwajhtY2c1ZnRtb0AxcGFzc3dvcmRzZXJ2aWNlYWNjb3VudHMuY29tIiwic3JwWCI6ImY1ZWQzMDNhM2ZmMTI4ZjlmNjBkYWZkYWYxYWJjYjY5YzJjMzYxMDQxZmFlNjExMzFiYTNlMmRmMTU0NDljNDgiLCJtdWsiOnsiYWxnIjoiQTI1NkdDTSIsImV4dCI6dHJ1ZSwiayI6Ikt5XzVMSnRGamRtalhKRTVvQnJ0akZnQ01ZdGdkSmh3MkNFVUdWMXVpWWMiLCJrZXlfb3BzIjpbImVuY3J5cHQiLCJkZWNyeXB0Il0sImt0eSI6Im9jdCIsImtpZCI6Im1wIn0sInNlY3JldEtleSI6IkEzLUFRTDFHVi1OUktMSDQtNFBUQlktNVhINFAtQ0tTSkYtTERGSEwiLCJkZXZpY2VVdWlkIjoib3Y3YzRlamdwOGhtN2dvZjBxZzdzZnllcGwifQ⟧\n`, path: 'deploy.sh' },
      `OP_SECRET_KEY = "⟦A3-AQL1GV-NRKLH4-4PTBY-5XH4P-CKSJF-LDFHL⟧"`,
      `# emergency kit: ⟦A3-YF92W2-YKBPV5YE7VJ-C2RQR-PH2NP-LEZC5⟧`,
      `grafana = GrafanaApi.from_url(url, credential="⟦glsa_pWsc38QR5GfkajfA63dFdFVvFdSDXQvW_bb83a958⟧")`,
      { text: `DOPPLER_TOKEN=⟦dp.st.ukNf15gBNNXOsEZFGbrVmFC5weJpWMBoWyRGlb0yzum⟧\n`, path: '.env.ci' },
      `doppler = "⟦dp.sa.NseDArGCclysisTLyKt7tDb6q7HyTKVsZ8bwph21DdF⟧"`,
      `creds = Credentials("⟦ya29.Roi67ittb5hbFeeHbfmATPo79UjbLxaM95yQbmErBgyRgldxvDFDmpLmypbkRAIgdZerzYkiLnFjojIWKfTBOknt46pBazLrjL8BC8fFNlnLzxZujdbnMeoc⟧")`,
      `{"refresh_token": "⟦1//0HrCmsCuVeTKWJiFrBOn4KnnIL_-qxIfhu6z7CoGTYD3HkJ7mNrxlMQxBTiZRLt7mbiVbfBCo3rdyblZmbGclRJYEk61ubAY0TFO⟧"}`,
      `posthog.personal_api_key = "⟦phx_7QljpCfQlFEle8gZhCkQIJgB5ajAZVb2m7wiTXuYqU5⟧"`,
      { text: `curl -H "X-Api-Key: ⟦PMAK-3a258b2d12df0b0bb9ee3d75-88bc9fb8f879b625725f8c3f6158ec12de⟧" https://api.getpostman.com/collections\n`, path: 'sync.sh' },
      `url = "https://api.postman.com/collections/1234?access_key=⟦PMAT-JFX3GM9AZACNK1GQW8A8CVPNH3⟧"`,
      { text: `sonar.token=⟦squ_16a63453585559058e9df2d973e57a21220aefc1⟧\n`, path: 'sonar-project.properties' },
      { text: `      - run: sonar-scanner -Dsonar.token=⟦sqp_eda24b2ff078ee115f51ed8944a2d6c9e79d82aa⟧\n`, path: '.github/workflows/ci.yml' },
      `NEW_RELIC_API_KEY = "⟦NRAK-NG0BLJ6NBT2KKZS3KPIS5B8XW4A⟧"`,
      { text: `license_key: ⟦611b2f8a31b4bc04df870d9053262136cb7bNRAL⟧\n`, path: 'newrelic.yml' },
      { text: `HEROKU_API_KEY=⟦HRKU-AAt_N_Ylb5WM8yw5BnLtebdnF8cKRxBt_9LU6h8hO6Xbv9j1a_H8L0MSdKPw⟧\n`, path: '.env' },
      `heroku_key = "⟦HRKU-9c277133-2fd9-4aa2-8fa5-410a779473a9⟧"`,
      `git remote add origin https://bot:⟦ATBBRutT6gjBMkhljRQZU4GUuChwC1BBFCF7⟧@bitbucket.org/team/bot.git`,
      `SQUARE_SECRET = "⟦sq0csp-Dj-BK9EQ_Ot0YKykKb36ST2ZXsWPA5bJ3WF725b99Xh⟧"`,
      `client = Client(access_token="⟦sq0atp-Iy-uv7uQKPDmCG0rqjzMYM⟧")`,
      { text: `SQUARE_ACCESS_TOKEN=⟦EAAAbWxCcq-uJhOJW_lDl2afYvnS9yHFLcfR4q9b4IK50L0dNr7U_rYFNCVlk-CD⟧\n`, path: '.env' },
    ],
    negative: [
      // The prefix with base64 that is not JSON, and placeholders with the right prefixes.
      `OP_SERVICE_ACCOUNT_TOKEN = "ops_eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `OP_SECRET_KEY = "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX"`,
      `GRAFANA_TOKEN = "glsa_your_service_account_token_here_00000000"`,
      `DOPPLER_TOKEN = os.environ["DOPPLER_TOKEN"]  # dp.st.xxxx`,
      `ya29.your-access-token`,
      // Floor division in Python is not a refresh token.
      `ratio = 1//0 if debug else 2`,
      // PostHog's project key is public: it ships in the page.
      `posthog.init('phc_7QljpCfQlFEle8gZhCkQIJgB5ajAZVb2m7wiTXuYqU5', {api_host: 'https://eu.posthog.com'})`,
      `POSTMAN_API_KEY = "PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `sonar.token=squ_0000000000000000000000000000000000000000`,
      `NEW_RELIC_LICENSE_KEY = "<your-license-key>NRAL"`,
      `HEROKU_API_KEY = "HRKU-00000000-0000-0000-0000-000000000000"`,
      `SQUARE_ACCESS_TOKEN = "sq0atp-XXXXXXXXXXXXXXXXXXXXXX"`,
      // Inside a base64 blob (a certificate, an image) EAAA is only bytes.
      `icon = "iVBORw0KGgoEAAAbWxCcq-uJhOJW_lDl2afYvnS9yHFLcfR4q9b4IK50L0dNr7U_rYFNCVlk-CDqw"`,
    ],
  },
});

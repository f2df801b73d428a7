// A password handed to curl on its command line as `user:password` (`-u`, `--user`: HTTP basic auth), the way
// bot scripts and READMEs call broker, exchange and data APIs.
import { defineDetector } from '../defineDetector';
import { minClasses, minEntropy, notPathOrUrl, standardValidators } from '../judge/validators';
import { rx } from './fragments';

export const cliBasicAuth = defineDetector({
  id: 'secret/cli-basic-auth',
  title: 'password in curl basic auth',
  severity: 'warning',
  role: 'password',
  envName: 'API_PASSWORD',
  message: 'Password {masked} of user {name} is written on this curl command line.',
  risk: 'Whoever reads the script, its shell history or a CI log signs in as that user.',
  advice: 'Read it from the environment (`-u "$API_USER:$API_PASSWORD"`) or a netrc file (`--netrc-file`), and change it if the script was shared or committed.',
  keywords: ['curl'],
  // Machine-made passwords of API clients are often lowercase and digits (two classes), so entropy decides.
  validate: [...standardValidators, notPathOrUrl, minClasses(2), minEntropy(3)],
  patterns: [
    {
      // The user holds no colon, so where it ends is certain; `$USER:$PASS` and a bare `user:` (curl prompts) fail.
      // The flag follows a blank (a negative lookbehind with the optional quote left the ReDoS check undecided).
      re: rx(String.raw`(?<=\s)(?:-u|--user)(?:[ \t]{1,4}|=)["']?(?<name>[^\s:"'$\\]{1,80}):["']?(?<v>[^\s"'\`\\<>{}$;|&]{8,128})`),
      // A continued command line (`curl … \` then `-u …` below it).
      linesAfter: 3,
    },
  ],
  examples: {
    positive: [
      { text: `curl -s -u bot:⟦Qz7!kWm2Lx9v⟧ https://api.broker.example/v1/positions\n`, path: 'positions.sh' },
      { text: `curl -X POST https://auth.example.io/oauth2/token?grant_type=client_credentials \\\n  --user "svc-reporter_01:⟦Hq4Tz8Nw2pLr6Vx3Km9Bs5Dj⟧"\n`, path: 'token.sh' },
      { text: `Fetch fills with \`curl -u desk:⟦r8Wq2Lz5Xn⟧ https://fills.example.net/today\`.\n`, path: 'README.md' },
      { text: `curl https://api.example.io/oauth2/token \\\n-u ops@desk.example:'⟦k3vq9zt2mw7xh4rp⟧' -d grant_type=client_credentials\n`, path: 'token.sh' },
    ],
    negative: [
      { text: `curl -u "$API_USER:$API_PASSWORD" https://api.broker.example/v1/positions\n`, path: 'positions.sh' },
      { text: `curl -u admin:admin http://localhost:8080/status\n`, path: 'check.sh' },
      { text: `curl -u bot: https://api.broker.example/v1/positions  # prompts for the password\n`, path: 'positions.sh' },
      { text: `curl -u bot:xxxxxxxxxxxx https://api.broker.example/v1/positions\n`, path: 'positions.sh' },
    ],
  },
});

import { defineDetector } from '../defineDetector';
import type { FileKind } from '../types';
import { rx } from './fragments';

// Code that reads a .env file into the environment. On its own this is good practice; it becomes a
// finding only in a repository whose .env git does not ignore, which the workspace check decides. So this
// detector is not in the default registry: the env guard runs it (see workspace/dotenvCalls.ts).

const JS: FileKind[] = ['javascript', 'typescript'];
const NOT_DEF = String.raw`(?<!(?:def|function|fn|func)[ \t])`;

export const dotenvLoad = defineDetector({
  id: 'gitignore/dotenv-unignored',
  title: 'Loads .env, which git does not ignore',
  severity: 'warning',
  message: 'This loads keys from .env, which git does not ignore here.',
  risk: 'One `git add .` publishes every key in .env.',
  advice: 'Add .env to .gitignore (the quick fix does it), and stop tracking it if git already does.',
  keywords: ['dotenv', 'loadenvfile', '--env-file', 'env.load', 'env.traversepath', 'read_env', 'env_file', '.env'],
  files: ['python', 'notebook', 'javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'csharp', 'php', 'ruby', 'json', 'yaml', 'shell', 'dockerfile'],
  patterns: [
    // Python: load_dotenv(), dotenv.load_dotenv(…), dotenv_values(".env")
    { re: rx(String.raw`${NOT_DEF}(?<![\w.])(?<v>(?:dotenv\.)?(?:load_dotenv|dotenv_values))[ \t]{0,5}\(`), keywords: ['load_dotenv', 'dotenv_values'], files: ['python', 'notebook'] },
    // environs / django-environ: env.read_env(), environ.Env.read_env(…)
    { re: rx(String.raw`${NOT_DEF}(?<![\w.])(?<v>[\w.]{0,40}\.read_env|read_env)[ \t]{0,5}\(`), keywords: ['read_env'], files: ['python', 'notebook'] },
    // pydantic-settings env_file=".env", docker compose `env_file: .env`
    { re: rx(String.raw`(?<![\w])(?<v>env_file)[ \t]{0,5}[=:][ \t]{0,5}(?:\r?\n[ \t]{0,20}-[ \t]{1,5}|[(\[][ \t]{0,5})?['"]?[\w./-]{0,60}\.env\b`), keywords: ['env_file'], linesAfter: 1, files: ['python', 'notebook', 'yaml'] },
    // Node: require('dotenv').config(), require("dotenv").config({ path })
    { re: rx(String.raw`(?<v>require\([ \t]{0,5}['"\`]dotenv['"\`][ \t]{0,5}\)[ \t]{0,5}\.config)[ \t]{0,5}\(`), keywords: ['dotenv'], files: JS },
    // Node: import 'dotenv/config', require('dotenv/config'), node -r dotenv/config, import("dotenv/config")
    { re: rx(String.raw`(?<v>import[ \t]{1,5}['"\`]dotenv/config['"\`]|(?:import|require)\([ \t]{0,5}['"\`]dotenv/config['"\`][ \t]{0,5}\))`), keywords: ['dotenv/config'], files: JS },
    { re: rx(String.raw`(?<v>(?:-r|--require|--import)[ \t]{1,5}dotenv/config)`), keywords: ['dotenv/config'], files: ['json', 'shell', 'dockerfile', 'yaml'] },
    // Node: dotenv.config(), dotenv.configDotenv(), import { config } from 'dotenv'
    { re: rx(String.raw`(?<![\w.])(?<v>dotenv\.config(?:Dotenv)?)[ \t]{0,5}\(`), keywords: ['dotenv.config'], files: JS },
    { re: rx(String.raw`(?<![\w$.])(?<v>import[ \t]{0,5}\{[^{}\n]{0,200}\}[ \t]{0,5}from[ \t]{0,5}['"\`]dotenv['"\`])`), keywords: ['dotenv'], files: JS },
    // Node 20.12+: process.loadEnvFile(), node --env-file=.env
    { re: rx(String.raw`(?<v>process\.loadEnvFile)[ \t]{0,5}\(`), keywords: ['loadenvfile'], files: JS },
    { re: rx(String.raw`(?<v>--env-file(?:-if-exists)?)(?:=|[ \t]{1,5})`), keywords: ['--env-file'], files: ['json', 'shell', 'dockerfile', 'yaml'] },
    // Go: godotenv.Load(), godotenv.Overload(…), the autoload import
    { re: rx(String.raw`(?<v>godotenv\.(?:Load|Overload|Read))[ \t]{0,5}\(`), keywords: ['godotenv'], files: ['go'] },
    { re: rx(String.raw`(?<v>github\.com/joho/godotenv/autoload)`), keywords: ['godotenv'], files: ['go'] },
    // PHP: Dotenv::createImmutable(__DIR__)->load(), Dotenv\Dotenv::load, Symfony (new Dotenv())->bootEnv()
    { re: rx(String.raw`(?<![\w\\])(?<v>\\?(?:Dotenv\\)?Dotenv::(?:createImmutable|createMutable|createUnsafeImmutable|createUnsafeMutable|createArrayBacked|create|load))[ \t]{0,5}\(`), keywords: ['dotenv::'], files: ['php'] },
    { re: rx(String.raw`(?<v>new[ \t]{1,5}Dotenv[ \t]{0,5}\([ \t]{0,5}\)[ \t]{0,5}\)[ \t]{0,5}->[ \t]{0,5}(?:bootEnv|loadEnv|load|overload))[ \t]{0,5}\(`), keywords: ['dotenv'], files: ['php'] },
    // C#: DotNetEnv.Env.Load(), Env.TraversePath().Load()
    { re: rx(String.raw`(?<![\w.])(?<v>(?:DotNetEnv\.)?Env\.(?:TraversePath\(\)\.)?Load)[ \t]{0,5}\(`), keywords: ['env.load', 'env.traversepath'], files: ['csharp'], requires: { fileContains: ['dotnetenv'] } },
    // Ruby: Dotenv.load, require 'dotenv/load'; Java (dotenv-java): Dotenv.load(), Dotenv.configure()
    { re: rx(String.raw`(?<![\w.])(?<v>Dotenv\.(?:load|overload|configure)\b|require[ \t]{1,5}['"]dotenv/load['"])`), keywords: ['dotenv'], files: ['ruby', 'java', 'kotlin'] },
    // Kotlin (dotenv-kotlin): val env = dotenv() / dotenv { … }
    { re: rx(String.raw`(?<![\w.])(?<v>dotenv)[ \t]{0,5}(?:\([ \t]{0,5}\)|\{)`), keywords: ['dotenv'], files: ['kotlin'] },
    // Rust: dotenv().ok(), dotenvy::dotenv(), dotenv::dotenv()
    { re: rx(String.raw`${NOT_DEF}(?<![\w:])(?<v>(?:dotenvy?::)?dotenv(?:_override)?)[ \t]{0,5}\([ \t]{0,5}\)`), keywords: ['dotenv'], files: ['rust'] },
    // Shell: source .env, . ./.env.local, set -a; . .env
    { re: rx(String.raw`(?:^|[;&|]|\bthen\b)[ \t]{0,20}(?<v>(?:source|\.)[ \t]{1,5}['"]?(?:\./)?\.env(?:\.[\w-]{1,30})?)['"]?(?![\w.])`, 'm'), keywords: ['.env'], files: ['shell'] },
  ],
  examples: {
    positive: [
      { text: 'from dotenv import load_dotenv\n\n⟦load_dotenv⟧()\napi_key = os.environ["BINANCE_API_KEY"]', path: 'bot.py' },
      { text: 'import dotenv\n⟦dotenv.load_dotenv⟧(dotenv.find_dotenv(), override=True)', path: 'src/main.py' },
      { text: 'config = {**⟦dotenv_values⟧(".env"), **os.environ}', path: 'settings.py' },
      { text: 'env = Env()\n⟦env.read_env⟧()', path: 'config.py' },
      { text: 'class Settings(BaseSettings):\n    model_config = SettingsConfigDict(⟦env_file⟧=".env", extra="ignore")', path: 'app/settings.py' },
      { text: 'services:\n  bot:\n    image: freqtrade\n    ⟦env_file⟧: .env', path: 'docker-compose.yml' },
      { text: 'services:\n  bot:\n    ⟦env_file⟧:\n      - .env', path: 'compose.yaml' },
      { text: "⟦require('dotenv').config⟧();\nconst client = Binance({ apiKey: process.env.API_KEY })", path: 'index.js' },
      { text: 'const path = require("path");\n⟦require("dotenv").config⟧({ path: path.join(__dirname, ".env") });', path: 'src/app.js' },
      { text: "⟦import 'dotenv/config'⟧;\nimport { MainClient } from 'binance';", path: 'src/bot.ts' },
      { text: "⟦require('dotenv/config')⟧", path: 'bot.cjs' },
      { text: '"scripts": { "start": "node ⟦-r dotenv/config⟧ dist/index.js" }', path: 'package.json' },
      { text: "import * as dotenv from 'dotenv';\n⟦dotenv.config⟧();", path: 'src/index.ts' },
      { text: "⟦import { config } from 'dotenv'⟧;\nconfig();", path: 'src/index.mts' },
      { text: '⟦process.loadEnvFile⟧();\nconst key = process.env.BYBIT_API_KEY;', path: 'main.mjs' },
      { text: '"start": "node ⟦--env-file⟧=.env index.js"', path: 'package.json' },
      { text: 'func main() {\n\tif err := ⟦godotenv.Load⟧(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}', path: 'cmd/bot/main.go' },
      { text: 'import (\n\t_ "⟦github.com/joho/godotenv/autoload⟧"\n)', path: 'main.go' },
      { text: '$dotenv = ⟦Dotenv\\Dotenv::createImmutable⟧(__DIR__);\n$dotenv->load();', path: 'index.php' },
      { text: "(⟦new Dotenv())->bootEnv⟧(dirname(__DIR__).'/.env');", path: 'config/bootstrap.php' },
      { text: 'using DotNetEnv;\n\n⟦Env.Load⟧();\nvar key = Environment.GetEnvironmentVariable("BINANCE_API_KEY");', path: 'Program.cs' },
      { text: '⟦DotNetEnv.Env.Load⟧(".env");', path: 'Startup.cs' },
      { text: "⟦require 'dotenv/load'⟧\nclient = Binance::Client::REST.new(api_key: ENV['BINANCE_API_KEY'])", path: 'bot.rb' },
      { text: '⟦Dotenv.load⟧', path: 'config/boot.rb' },
      { text: 'Dotenv dotenv = ⟦Dotenv.load⟧();\nString key = dotenv.get("BINANCE_API_KEY");', path: 'src/main/java/bot/Main.java' },
      { text: 'val env = ⟦dotenv⟧()\nval key = env["BYBIT_API_KEY"]', path: 'src/main/kotlin/Bot.kt' },
      { text: 'fn main() {\n    ⟦dotenvy::dotenv⟧().ok();\n}', path: 'src/main.rs' },
      { text: 'fn main() {\n    ⟦dotenv⟧().ok();\n}', path: 'src/main.rs' },
      { text: '#!/bin/sh\nset -a\n⟦. ./.env⟧\nset +a\npython bot.py', path: 'run.sh' },
      { text: 'if [ -f .env ]; then ⟦source .env.local⟧; fi', path: 'scripts/start.sh' },
      { text: '{"cells": [{"source": ["from dotenv import load_dotenv\\n", "⟦load_dotenv⟧()\\n"]}]}', path: 'research.ipynb' },
    ],
    negative: [
      { text: 'from dotenv import load_dotenv', path: 'bot.py' },
      { text: 'def load_dotenv(path):\n    pass', path: 'utils.py' },
      { text: 'Call `load_dotenv()` at start-up.', path: 'README.md' },
      { text: "const dotenv = require('dotenv');", path: 'index.js' },
      { text: "import { parse } from 'dotenvx';", path: 'index.js' },
      { text: 'mydotenv.config()', path: 'index.js' },
      { text: '"dependencies": { "dotenv": "^16.4.5" }', path: 'package.json' },
      { text: 'Env.Load();', path: 'Program.cs' },
      { text: 'func loadEnv() { godotenv := 1 }', path: 'main.go' },
      { text: 'use dotenv::dotenv;', path: 'src/main.rs' },
      { text: 'cp .env.example .env', path: 'setup.sh' },
      { text: 'echo "see .env for settings"', path: 'setup.sh' },
      { text: 'api_key = os.environ["BINANCE_API_KEY"]', path: 'bot.py' },
    ],
  },
});

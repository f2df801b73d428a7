"""Grid bot for BTC/USDT on Binance (demo: every key below is fake)."""
import ccxt
from dotenv import load_dotenv

load_dotenv()

exchange = ccxt.binance({
    "apiKey": "u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX",
    "secret": "7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN",
    "enableRateLimit": True,
})

TELEGRAM_TOKEN = "7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA"


def rebalance(profit_usdt: float) -> None:
    """Sweep profits to cold storage once they pass 500 USDT."""
    if profit_usdt > 500:
        exchange.withdraw("USDT", profit_usdt, "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE", params={"network": "TRX"})


if __name__ == "__main__":
    print(exchange.fetch_balance()["USDT"])

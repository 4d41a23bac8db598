"""Django settings for Haowen.

Every knob is an environment variable with a safe default, read through the tiny
helpers below (the healthchecks pattern). Each variable is listed in the README's
configuration table; ``tests/test_settings_documented.py`` keeps that table complete.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    """Return the environment variable ``name`` or ``default``."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return ``True`` for 1/true/yes/on (case-insensitive), ``False`` for anything else set."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    """Return the environment variable ``name`` as an int.

    Raises ``ImproperlyConfigured``-style ``ValueError`` naming the variable when it is
    set but not an integer.
    """
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ValueError(f"environment variable {name}={value!r} is not an integer") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated environment variable as a list of stripped items."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_secret(name: str, default: str = "") -> str:
    """Return a secret from ``NAME`` or from the file named by ``NAME_FILE``."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


DATA_DIR = Path(env_str("HAOWEN_DATA_DIR", str(BASE_DIR / "data"))).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """Use SECRET_KEY if set; else generate one into the data folder on first run."""
    key = env_secret("SECRET_KEY")
    if key:
        return key
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        key_file.chmod(0o600)
    return key_file.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The site's name until staff set one in the admin (site settings), e.g. in titles and mails.
SITE_NAME = env_str("SITE_NAME", "好文")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Before allauth, so haowen/accounts/templates overrides allauth's account/*.html.
    "haowen.accounts",
    "allauth",
    "allauth.account",
    "haowen.library",
    "haowen.search",
    "haowen.ingest",
    "haowen.engagement",
    "haowen.payments",
    "haowen.writer",  # the writer's tools: fill-in, Word export, print, compare, tag pages
    "ninja",  # django-ninja's bundled Swagger UI for /api/docs (no CDN)
    "haowen.api",
    "haowen.web",
    "haowen.limits",  # rate limits, client_ip(), the embedded default's shared cache file
]

MIDDLEWARE = [
    # First: an anonymous reader's stored article page before the rest of the stack runs
    # (it replays what the middleware below did; anything else goes down the whole stack).
    "haowen.web.pagecache.PageCacheFastPathMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # request.build_absolute_uri() on SITE_URL, never the Host header (libraries' links, mails).
    "haowen.site_url.SiteURLMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "haowen.library.routers.PinPrimaryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "haowen.web.middleware.SecurityHeadersMiddleware",
    # Last: it decides with the session, CSRF, user and messages known, and every middleware
    # above treats a cached page like a rendered one (haowen/web/pagecache.py).
    "haowen.web.pagecache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "haowen.urls"
WSGI_APPLICATION = "haowen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "haowen.web.context_processors.site",
            ],
        },
    },
]

# --- Accounts (django-allauth) -------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # ModelBackend that loads the membership with the user (one query less per page).
    "haowen.accounts.backends.MembershipModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Sessions started before it was the first backend name this one; they stay signed in.
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ADAPTER = "haowen.accounts.adapter.AccountAdapter"  # Chinese rate-limit messages
ACCOUNT_FORMS = {"login": "haowen.accounts.forms.LoginForm", "signup": "haowen.accounts.forms.SignupForm"}
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# Failed logins, sign-ups and password-reset mails are limited by haowen.limits (see
# haowen/accounts/login_limits.py: shared atomic counters, and a browser that has logged in
# as a user keeps logging in while strangers are locked out of that user name), so these
# three are off in allauth. Format "amount/duration/scope", e.g. "5/5m/key" = 5 per 5
# minutes per user name (or e-mail address for resets).
RATE_LIMIT_LOGIN_FAILED = env_str("RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key")
RATE_LIMIT_SIGNUP = env_str("RATE_LIMIT_SIGNUP", "10/10m/ip")
RATE_LIMIT_PASSWORD_RESET = env_str("RATE_LIMIT_PASSWORD_RESET", "5/m/ip,3/15m/key")
ACCOUNT_RATE_LIMITS = {"login_failed": "", "signup": "", "reset_password": ""}
# Reverse proxies in front of the app that append to X-Forwarded-For: haowen.limits.client_ip()
# takes the address the outermost one saw (0: the socket address). The old names still work:
# BEHIND_PROXY=1 alone means one proxy, API_TRUSTED_PROXIES=N means N.
TRUSTED_PROXY_COUNT = env_int(
    "TRUSTED_PROXY_COUNT", env_int("API_TRUSTED_PROXIES", 1 if env_bool("BEHIND_PROXY", False) else 0)
)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Paywall (haowen.accounts.entitlement) ---------------------------------------------
# Access level of articles left at "site default": free | login | members.
DEFAULT_ACCESS_LEVEL = env_str("DEFAULT_ACCESS_LEVEL", "login")
# Preview: this share of the body (percent), rounded to whole paragraphs, at most this many characters.
PREVIEW_PERCENT = env_int("PREVIEW_PERCENT", 30)
PREVIEW_MAX_CHARS = env_int("PREVIEW_MAX_CHARS", 1200)
# Where 开通会员 leads; empty: the built-in /accounts/membership/ page.
MEMBERSHIP_URL = env_str("MEMBERSHIP_URL", "")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@localhost")

# --- Database -------------------------------------------------------------------------
import dj_database_url  # noqa: E402

# (Set but empty, as in `DATABASE_URL= make serve`, means the embedded default too.)
DATABASE_URL = env_str("DATABASE_URL", "") or f"sqlite:///{DATA_DIR / 'haowen.sqlite3'}"
# Persistent connections (a new PostgreSQL connection costs several milliseconds per
# request); health checks drop a connection the server closed.
# SQLite too: opening a connection runs the five PRAGMAs below, which cost an anonymous page
# served from the cache about as much as everything else it does (issue 14, bench/http_bench.py).
_CONN_MAX_AGE = env_int("DB_CONN_MAX_AGE", 60)
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=_CONN_MAX_AGE, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; BEGIN IMMEDIATE takes the write lock at
    # the start of a transaction so two writers queue on the busy timeout instead of
    # failing with "database is locked" on lock upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            "PRAGMA busy_timeout=30000;"
            "PRAGMA foreign_keys=ON;"
            # 32 MiB page cache (the default is 2 MiB): the unique content-hash and
            # fingerprint-band indexes of a large library stay in memory during imports.
            "PRAGMA cache_size=-32768;"
        ),
    }
for _i, _url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    DATABASES[f"replica{_i}"] = dj_database_url.parse(_url, conn_max_age=_CONN_MAX_AGE, conn_health_checks=True)
    DATABASES[f"replica{_i}"]["TEST"] = {"MIRROR": "default"}
# The cache's own SQLite file first (the "cache" alias, embedded default only), then replicas.
DATABASE_ROUTERS = ["haowen.limits.cachedb.CacheRouter", "haowen.library.routers.PrimaryReplicaRouter"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Tests run on a file (not Django's in-memory default) so that concurrent threads
    # exercise WAL, BEGIN IMMEDIATE and the busy timeout as in production. One file per
    # test process, so engineers running the suite side by side never share it.
    import tempfile  # noqa: E402

    DATABASES["default"].setdefault("TEST", {})["NAME"] = str(
        Path(tempfile.gettempdir()) / f"haowen-test-{os.getpid()}.sqlite3"
    )
elif os.environ.get("HAOWEN_TEST_DB_NAME"):
    # Test suites run side by side on one PostgreSQL server each need their own test database.
    DATABASES["default"].setdefault("TEST", {})["NAME"] = os.environ["HAOWEN_TEST_DB_NAME"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions --------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
# The embedded default's cache file (also holds the rate-limit counters without Redis).
CACHE_SQLITE_PATH = DATA_DIR / "cache.sqlite3"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "haowen"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    # One cache for every process of the machine (gunicorn runs several workers): Django's
    # DatabaseCache in a SQLite file of its own, beside the rate-limit counters
    # (haowen/limits/cachedb.py; tables are created on first connection). Its write lock
    # is not the main database's. Costs: bench/cache_bench.py and README, Configuration.
    DATABASES["cache"] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(CACHE_SQLITE_PATH),
        "CONN_MAX_AGE": None,  # one connection per thread: opening one costs more than a cache hit
        "OPTIONS": {
            "timeout": 30,
            # BEGIN IMMEDIATE makes DatabaseCache.add() (SELECT, then INSERT/UPDATE) atomic.
            "transaction_mode": "IMMEDIATE",
            # A 16 MiB page cache keeps the key index of a full cache in memory (with
            # SQLite's 2 MiB default a set at 100,000 entries took 10 ms instead of 0.7).
            "init_command": (
                "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA busy_timeout=30000;PRAGMA cache_size=-16384;"
            ),
        },
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "haowen_cache",
            # Every set counts the table's rows; when full, a set drops the expired rows,
            # then a third of the rest (once, ~0.1–0.2 s).
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 50000), "CULL_FREQUENCY": 3},
        }
    }
    # Sessions are written to the main database and read from the cache file first: a
    # signed-in page then reads its session without a query on the main database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- I18N ----------------------------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
# The UI is written in Chinese; offering English would mix Django's and allauth's English
# messages into Chinese pages for readers whose browsers prefer English.
LANGUAGES = [("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "haowen" / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

# --- Static --------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing folder before collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_MANIFEST_STRICT = False

# --- Security ------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Sent on every response (haowen.web.middleware): no inline scripts or styles, nothing from
# another origin, no framing. Not an environment variable: loosening it is a code change.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", False)
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Haowen --------------------------------------------------------------------------
SEARCH_INDEX_DIR = Path(env_str("SEARCH_INDEX_DIR", str(DATA_DIR / "index"))).resolve()
# The process that holds the tantivy writer applies the index log; "thread" runs a
# background follower inside the web process, "off" leaves it to `follow_index`.
SEARCH_INDEX_FOLLOWER = env_str("SEARCH_INDEX_FOLLOWER", "thread")
# Anonymous article pages are served from the cache for this many seconds (0: off).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# Processes that parse, clean and segment documents during an import (0: one per CPU).
IMPORT_WORKERS = env_int("IMPORT_WORKERS", 0)
# Jaccard similarity (0–1] of word-shingle sets from which two articles are versions of
# one text (相似版本); validated by haowen.library.near_duplicates.threshold().
NEAR_DUPLICATE_THRESHOLD = env_str("NEAR_DUPLICATE_THRESHOLD", "0.8")

# --- JSON API (haowen.api) -------------------------------------------------------------
# Rate limits as "N/period" (s, min, h, day; "0" = off): per client IP for anonymous
# callers, per token for token holders (the client IP: TRUSTED_PROXY_COUNT).
API_RATE_ANON = env_str("API_RATE_ANON", "60/min")
API_RATE_TOKEN = env_str("API_RATE_TOKEN", "600/min")
# Searches (the page and the API together) per client IP for anonymous readers and per
# user for signed-in readers; over the limit: a 429 page or the API's 429 JSON.
SEARCH_RATE_ANON = env_str("SEARCH_RATE_ANON", "30/min")
SEARCH_RATE_USER = env_str("SEARCH_RATE_USER", "60/min")
# Requests for suggestions while typing (/search/suggest/), per client IP or signed-in user; a
# bucket of its own (the script asks at most once per pause in typing).
SEARCH_SUGGEST_RATE = env_str("SEARCH_SUGGEST_RATE", "120/min")
#: Searches by anonymous readers in the last 7 days a query needs to be listed in 热门搜索.
SEARCH_HOT_MIN_COUNT = env_int("SEARCH_HOT_MIN_COUNT", 3)
#: Seconds a process gathers its search counts (search analytics, 热门搜索) before writing
#: them, one row per query; 0 writes on every search.
SEARCH_LOG_FLUSH_SECONDS = env_int("SEARCH_LOG_FLUSH_SECONDS", 5)
#: Seconds a process keeps the content of an anonymous reader's search page for the next
#: reader with the same query and filters (keyed by the library version and the index
#: position, so a withdrawn or new article shows at once); 0 turns it off.
SEARCH_PAGE_CACHE_SECONDS = env_int("SEARCH_PAGE_CACHE_SECONDS", 30)

# --- Engagement (views, hot lists, comments) ------------------------------------------
VIEW_COUNTING = env_bool("VIEW_COUNTING", True)
VIEW_DEDUP_SECONDS = env_int("VIEW_DEDUP_SECONDS", 30 * 60)
# "auto": count in Redis when REDIS_URL is set, else in the database; "database" forces the latter.
VIEW_COUNTER = env_str("VIEW_COUNTER", "auto")
VIEW_FLUSH_SECONDS = env_int("VIEW_FLUSH_SECONDS", 60)
HOT_LIST_CACHE_SECONDS = env_int("HOT_LIST_CACHE_SECONDS", 300)
COMMENTS_MODERATION = env_bool("COMMENTS_MODERATION", True)
COMMENT_MAX_CHARS = env_int("COMMENT_MAX_CHARS", 1000)
COMMENT_RATE_COUNT = env_int("COMMENT_RATE_COUNT", 5)
COMMENT_RATE_SECONDS = env_int("COMMENT_RATE_SECONDS", 600)

# --- Payments: tips (赏赞) --------------------------------------------------------------
# Money is never a float: amounts are yuan strings here, parsed to integer fen by
# haowen.payments.money (a system check names a bad value).


def _payments_sandbox_key() -> str:
    """PAYMENTS_SANDBOX_KEY if set; else generated into the data folder on first run."""
    key = env_secret("PAYMENTS_SANDBOX_KEY")
    if key:
        return key
    key_file = DATA_DIR / "payments_sandbox_key"
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(secrets.token_urlsafe(32))
    return key_file.read_text(encoding="utf-8").strip()


# Providers offered, in this order. Empty: every real provider whose settings are
# complete (alipay, wechatpay); the sandbox is offered only when listed (`make demo`).
PAYMENTS_PROVIDERS = env_list("PAYMENTS_PROVIDERS", [])
PAYMENTS_TIP_AMOUNTS = env_list("PAYMENTS_TIP_AMOUNTS", ["0.01", "1", "6", "6.66", "52", "66.6", "99.99", "188", "365"])
PAYMENTS_TIP_MAX = env_str("PAYMENTS_TIP_MAX", "500")  # yuan: the largest custom amount
PAYMENTS_ORDER_TTL = env_int("PAYMENTS_ORDER_TTL", 900)  # seconds an unpaid order stays payable
PAYMENTS_RATE_LIMIT = env_int("PAYMENTS_RATE_LIMIT", 10)  # new orders per client IP / session …
PAYMENTS_RATE_WINDOW = env_int("PAYMENTS_RATE_WINDOW", 600)  # … per this many seconds
PAYMENTS_SANDBOX_KEY = _payments_sandbox_key()
ALIPAY_APP_ID = env_str("ALIPAY_APP_ID")
ALIPAY_APP_PRIVATE_KEY = env_secret("ALIPAY_APP_PRIVATE_KEY")
ALIPAY_PUBLIC_KEY = env_secret("ALIPAY_PUBLIC_KEY")
ALIPAY_SELLER_ID = env_str("ALIPAY_SELLER_ID")
ALIPAY_SANDBOX = env_bool("ALIPAY_SANDBOX", False)
WECHATPAY_MCHID = env_str("WECHATPAY_MCHID")
WECHATPAY_APPID = env_str("WECHATPAY_APPID")
WECHATPAY_CERT_SERIAL_NO = env_str("WECHATPAY_CERT_SERIAL_NO")
WECHATPAY_PRIVATE_KEY = env_secret("WECHATPAY_PRIVATE_KEY")
WECHATPAY_APIV3_KEY = env_secret("WECHATPAY_APIV3_KEY")
WECHATPAY_PUBLIC_KEY = env_secret("WECHATPAY_PUBLIC_KEY")
WECHATPAY_PUBLIC_KEY_ID = env_str("WECHATPAY_PUBLIC_KEY_ID")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

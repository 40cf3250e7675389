import { APIClient, type ClientConfig, type ClientOptions } from './core/index.js';
import { Audio } from './resources/audio.js';
import { Chat } from './resources/chat.js';
import { Completions } from './resources/completions.js';
import { Embeddings } from './resources/embeddings.js';
import { Flux } from './resources/flux.js';
import { Ideogram } from './resources/ideogram.js';
import { IdeogramWeb } from './resources/ideogramWeb.js';
import { Images } from './resources/images.js';
import { Kling } from './resources/kling.js';
import { Luma } from './resources/luma.js';
import { Midjourney } from './resources/midjourney.js';
import { Recraft } from './resources/recraft.js';
import { Runway } from './resources/runway.js';
import { Stability } from './resources/stability.js';
import { Suno } from './resources/suno.js';
/** What the runtime needs to know about this API: environment prefix, default root URL, security schemes, version segments of its paths. The client class adds `scrubbing`, `logging`, `retrying` with `retryPolicy: RETRY_POLICY`, `reading` and its `userAgent`; a bare `new BaseClient(options, CLIENT_CONFIG)` redacts credential headers by name but scrubs no echoed key from messages and bodies, logs nothing, sends each request once, reads bodies uncapped, sends the platform’s own User-Agent and bundles none of them. */
export declare const CLIENT_CONFIG: ClientConfig;
/**
 * An AI API relay — OpenAI-compatible models plus Midjourney, Suno, Luma, Stability, Recraft, Flux, Ideogram, Kling and Runway.
 *
 * The Shell API is an AI API relay: one base URL and one key give access to many upstream
 * models. The OpenAI-compatible routes (`/v1/chat/completions`, `/v1/completions`,
 * `/v1/embeddings`, `/v1/audio/...`, `/v1/images/generations`) are drop-in replacements for the
 * OpenAI API: point an OpenAI SDK or plain HTTP client at the relay's base URL and use your
 * relay key instead of an OpenAI key. Other vendors are reached through their own formats
 * under a vendor prefix (`/mj`, `/suno`, `/luma`, `/sd`, `/recraft`, `/flux`, `/ideogram`,
 * `/kling`, `/runwayml`, `/api/ideogram`); many of them are asynchronous tasks that you submit
 * and then poll (see each family's lifecycle).
 *
 * ## Making requests (发出请求)
 *
 * Every request carries the key as a bearer token and JSON bodies are sent as
 * `application/json`:
 *
 * ```bash
 * curl https://api.example.com/v1/chat/completions \
 *   -H "Content-Type: application/json" \
 *   -H "Authorization: Bearer $SHELLAPI_API_KEY" \
 *   -d '{
 *     "model": "gpt-3.5-turbo",
 *     "messages": [{"role": "user", "content": "Say this is a test!"}],
 *     "temperature": 0.7
 *   }'
 * ```
 *
 * The answer is an OpenAI `chat.completion` object whose first choice has the text and
 * `finish_reason: "stop"`. Replace `https://api.example.com` with your relay's base URL (the
 * `baseUrl` server variable) and `$SHELLAPI_API_KEY` with your `sk-...` key.
 *
 * Errors on `/v1/...` routes use the OpenAI error envelope
 * (`{"error": {"message", "type", "param", "code"}}`) with 400, 401, 403, 404, 429 or 5xx.
 * Midjourney submits answer HTTP 200 even when refused; check their `code` field.
 *
 * ## Help (常见问题及解决办法)
 *
 * The site also has an FAQ page (帮助中心 → 常见问题及解决办法); its content was not
 * retrieved, so nothing from it is reflected in this description.
 *
 * ## About this description
 *
 * Only the navigation of the Shell site could be read. Paths and schemas come from sibling
 * relay docs built from the same template and from the upstream vendors' APIs; each operation
 * says where its facts come from (`x-provenance`) and what is unsure (`x-doubt`).
 *
 * Credentials: `apiKey` option, else the `SHELLAPI_API_KEY` environment variable; root URL: `baseUrl`, else `SHELLAPI_BASE_URL` (no default: the spec leaves the host to you).
 * @example
 * ```ts
 * const client = new ShellApi({ apiKey: process.env.SHELLAPI_API_KEY, baseUrl: process.env.SHELLAPI_BASE_URL });
 * ```
 */
export declare class ShellApi extends APIClient {
    /**
   * Audio (音频接口(Audio)): OpenAI-compatible audio: speech to text (`/v1/audio/transcriptions`), speech to English
   * text (`/v1/audio/translations`), both multipart uploads, and text to speech
   * (`/v1/audio/speech`), which answers with the audio file itself.
   */
    readonly audio: Audio;
    /**
   * Chat (聊天接口(Chat)): OpenAI-compatible chat completions on `POST /v1/chat/completions`, with optional
   * server-sent-event streaming. The `model` string picks the upstream: OpenAI models, custom
   * GPTs (`gpt-4-gizmo-<id>`), `gemini-pro`, `gpt-4-all` (reads image/file URLs placed in the
   * text and can draw), `gpt-4-vision-preview` (image parts). Two pages of the Images group
   * (Stable-Diffusion, gpt-4-all 生成图片) also use this endpoint and are documented here.
   */
    readonly chat: Chat;
    /** Completions (自动补全接口(Completions)): Legacy OpenAI text completions (`POST /v1/completions`) for instruct models, with optional streaming. */
    readonly completions: Completions;
    /** Embeddings (向量生成接口(Embeddings)): OpenAI-compatible text embeddings (`POST /v1/embeddings`). */
    readonly embeddings: Embeddings;
    /**
   * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
   * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
   * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
   * original navigation these are top-level items without a group; Flux in DALL·E format is
   * under tag `images`.
   */
    readonly flux: Flux;
    /**
   * Ideogram (Ideogram): Ideogram's official v1 API under `/ideogram`, all synchronous: generate (JSON
   * `image_request`), remix and upscale (`multipart/form-data` with `image_file` and
   * `image_request` as a JSON text part), and describe. Image URLs are valid about 24 hours.
   * In the original navigation these are top-level items without a group.
   */
    readonly ideogram: Ideogram;
    /**
   * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
   * generation, remix or upscale, take its `request_id`, then poll
   * `POST /api/ideogram/task-request` until `is_completed` (images in
   * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
   * development"); the other routes are inferred. An optional `Access-Token` header is shown
   * in addition to the Bearer key.
   */
    readonly ideogramWeb: IdeogramWeb;
    /**
   * Images (图像接口(Images)): OpenAI-style image generation (`POST /v1/images/generations`), synchronous: DALL·E 3, and
   * Flux and Recraft in DALL·E format, chosen by `model`. The Images group of the original
   * navigation also holds Midjourney (tag `midjourney`) and two chat-format pages
   * (Stable-Diffusion, gpt-4-all 生成图片; tag `chat`).
   */
    readonly images: Images;
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly kling: Kling;
    /**
   * Luma (Luma视频接口): Luma Dream Machine video generation (reverse web API). Generate or extend returns a
   * generation object at once; poll `GET /luma/generations/{task_id}` until `state` is
   * `completed` and take `video.url`. The original navigation splits the pages into a free
   * tier (免费版: get video) and a paid tier (付费版: get, generate, extend video); no source
   * showed a different path for the free tier.
   */
    readonly luma: Luma;
    /**
   * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
   * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
   * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
   * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
   * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
   *
   * ### Speed modes (补充 - 其他参数以及回调)
   *
   * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
   * and the path wins over the default:
   *
   * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
   *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
   *   `POST /mj-relax/mj/submit/imagine`;
   * - the body field `mode`: `fast`, `turbo` or `relax`;
   * - the key's own settings.
   *
   * How result image URLs are served can be chosen with a prefix too:
   * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
   * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
   * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
   * not listed as separate paths in this spec: prepend them to any path of this tag.
   *
   * ### Callbacks
   *
   * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
   * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
   * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
   * configured globally on the relay is used. `state` is echoed back in the task, to match
   * callbacks to your own records.
   *
   * ### Data structures
   *
   * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
   * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
   * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
   * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
   * endpoint), `emoji`, `label`, `type`, `style`.
   *
   * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
   * HTTP 200 with a `code` other than 1/22.
   */
    readonly midjourney: Midjourney;
    /**
   * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
   * style from reference images, generate raster or vector images (JSON), and vectorize,
   * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
   * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
   * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
   * is under tag `images`.
   */
    readonly recraft: Recraft;
    /**
   * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
   * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
   * in `output`) or `FAILED`. In the original navigation these are the top-level groups
   * "视频生成" (video generation) and "任务管理" (task management).
   */
    readonly runway: Runway;
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly stability: Stability;
    /**
   * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
   * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
   * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
   * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
   * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
   */
    readonly suno: Suno;
    constructor(options?: ClientOptions);
}

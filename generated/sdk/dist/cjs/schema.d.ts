export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion
         * @description OpenAI-compatible chat endpoint. Send the conversation in `messages` and pick the upstream
         *     with `model`: OpenAI models, `gemini-pro`, a custom GPT (`gpt-4-gizmo-<gizmo id>`, the id
         *     from the GPT's share URL), `gpt-4-all` (reads an image or file URL placed at the start of the
         *     text, and can draw pictures), `gpt-4-vision-preview` (image parts), or `stable-diffusion`
         *     (the prompt goes in as the user message). Image-generating models answer with Markdown
         *     image links in `choices[0].message.content`.
         *
         *     With `stream: true` the answer comes as server-sent events: one `ChatCompletionChunk` per
         *     `data:` line, ending with `data: [DONE]`.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a text completion (legacy)
         * @description OpenAI-compatible legacy completion endpoint for instruct models such as
         *     `gpt-3.5-turbo-instruct`: the model continues `prompt`. Prefer chat completions for chat
         *     models. With `stream: true` the answer comes as server-sent events (`CompletionChunk`
         *     payloads) ending with `data: [DONE]`.
         */
        post: operations["createCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings
         * @description OpenAI-compatible embeddings: returns one vector per input, in input order. Pass several
         *     texts at once as an array. `dimensions` shortens the vectors of the text-embedding-3 models.
         */
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcribe audio
         * @description Speech to text in the language spoken (OpenAI Whisper format). Upload the file as
         *     `multipart/form-data`. The answer depends on `response_format`: `json` (default) and
         *     `verbose_json` (with segments and optional word timestamps) are JSON; `text`, `srt` and
         *     `vtt` are plain text.
         */
        post: operations["createTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Translate audio into English
         * @description Speech in any supported language to English text (OpenAI Whisper format). Upload the file
         *     as `multipart/form-data`. `response_format` works as for transcriptions: `json` /
         *     `verbose_json` answer JSON, `text` / `srt` / `vtt` plain text.
         */
        post: operations["createTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text to speech
         * @description Reads `input` aloud with one of six voices and returns the audio file itself (binary).
         *     `response_format` picks the encoding and so the response media type: `mp3` →
         *     `audio/mpeg` (default), `opus`, `aac`, `flac`, `wav`, or `pcm` (raw 24 kHz 16-bit mono).
         */
        post: operations["createSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images (OpenAI format)
         * @description Creates images from a prompt and answers synchronously with URLs (or base64). The same
         *     endpoint serves DALL·E 3 and, selected by `model`, Flux and Recraft in DALL·E format.
         *     `quality` and `style: vivid|natural` are DALL·E 3 options; Recraft reads `style` as a
         *     Recraft style. Image URLs expire; download what you keep.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/insight-face/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a face-swap task
         * @description Replaces the face in `targetBase64` with the face from `sourceBase64` (InsightFace). Returns a
         *     task id in `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (the task has
         *     `action: SWAP_FACE` and the swapped image in `imageUrl`). Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitSwapFace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a button of a task (upscale, variation, zoom ...)
         * @description Presses one of the `buttons` of a finished task: pass the parent `taskId` and the button's
         *     `customId` (e.g. `MJ::JOB::upsample::1::<hash>` for U1). This creates a new task; poll it with
         *     `GET /mj/task/{id}/fetch`. Some buttons (custom zoom, vary region with remix) put the new task
         *     in `MODAL` status; finish it with `POST /mj/submit/modal`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/blend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Blend task
         * @description Mixes 2 to 5 images (data URIs in `base64Array`) into a new image grid; `dimensions` picks
         *     the ratio. Returns a task id in `result`; poll `GET /mj/task/{id}/fetch`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitBlend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Describe task
         * @description Asks Midjourney for four prompts that describe an image (`base64`, a data URI). Returns a task
         *     id; when the task (`action: DESCRIBE`) succeeds, the prompts are in `promptEn` / `prompt`.
         *     Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/imagine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an Imagine task
         * @description Text (optionally plus reference images in `base64Array`) to a 2×2 image grid. Midjourney
         *     parameters go inside `prompt` (`--ar 16:9`, `--v 6.0`, `--niji` ...). Returns the task id in
         *     `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (grid in `imageUrl`,
         *     follow-ups in `buttons`) or `FAILURE`. Pass `notifyHook` to be called back on every status change. The speed mode can be chosen with `mode` or
         *     a path prefix (see the tag description).
         */
        post: operations["mjSubmitImagine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/modal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task waiting in MODAL status
         * @description Some actions (vary region, custom zoom, remix) stop in `MODAL` status and wait for extra input.
         *     Send that task's id as `taskId`, with a new `prompt` and, for vary region, a `maskBase64`. The
         *     work continues as a new task id in `result`; poll it with `GET /mj/task/{id}/fetch`.
         *     Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitModal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/submit/shorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a Shorten task
         * @description Analyses a prompt and proposes shorter versions. Returns a task id; the finished task
         *     (`action: SHORTEN`) lists the suggestions in `description` / `properties` and offers buttons
         *     that run them through `POST /mj/submit/action`. Pass `notifyHook` to be called back on every status change.
         */
        post: operations["mjSubmitShorten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all tasks
         * @description Returns every task the relay keeps for your key, without filters or paging. Prefer
         *     `POST /mj/task/list-by-condition` (by ids) or `POST /mj/task/query` (paged) for polling.
         */
        get: operations["mjListTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/list-by-condition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get several tasks by id
         * @description Returns the tasks whose ids are in `ids` (unknown ids are left out). Handy for polling
         *     many tasks in one request. Read-only, so it is safe to retry.
         */
        post: operations["mjListTasksByCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query tasks page by page
         * @description Paged, filtered task search (Spring Data style): `pageNumber` is 0-based, `sort` is
         *     `<field>,asc|desc`, and filters such as `status`, `statusSet`, `action`, `ids` or `prompt`
         *     narrow the result. The tasks are in `content`. Read-only, so it is safe to retry.
         */
        post: operations["mjQueryTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queued and running tasks
         * @description Returns the tasks that are waiting or running right now (an empty array when idle).
         */
        get: operations["mjListQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task
         * @description Cancels a task that has not finished. On success the task's status becomes `CANCEL`.
         *     Cancelling twice is harmless, so the call is marked safe to retry.
         */
        post: operations["mjCancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task by id
         * @description The main polling call: returns the task with its `status`, `progress` ("0%" … "100%"),
         *     `imageUrl` and `buttons`. Poll every few seconds until `status` is `SUCCESS`, `FAILURE`
         *     (see `failReason`) or `CANCEL`. A `MODAL` task waits for `POST /mj/submit/modal`.
         */
        get: operations["mjFetchTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mj/task/{id}/image-seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the seed of a task's image
         * @description Returns the Midjourney seed of a finished task's image in `result`. Works only when the
         *     relay's Midjourney account has its Midjourney/Niji private-message channel configured.
         */
        get: operations["mjGetImageSeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate music (v3.0)
         * @description Starts a Suno v3.0 (`chirp-v3-0`, songs up to about 2 minutes) generation: lyrics mode
         *     (`custom_mode: true`) or description mode. Returns `data.task_id`; poll
         *     `GET /suno/v1/v3.0/music/{task_id}` until `data.status` is `completed` (audio URLs in
         *     `data.clips`) or `failed`. Extend a clip with `input.continue_clip_id` + `continue_at`, then
         *     merge with `POST /suno/v1/v3.0/music/concat`.
         */
        post: operations["sunoV30CreateMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music (v3.0)
         * @description Polls a Suno v3.0 task. `data.status` goes `pending` → `processing` → `completed`
         *     (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
         *     `video_url`, cover images and metadata. Poll every 5 seconds or so.
         */
        get: operations["sunoV30GetMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/v3.0/music/concat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge an extended clip into a full song (v3.0)
         * @description After extending a clip one or more times, send the last extension's `clip_id` to get one
         *     complete song. Returns `data.task_id`; poll `GET /suno/v1/v3.0/music/{task_id}` like a
         *     generation (the merged clip has `metadata.type: concat`).
         */
        post: operations["sunoV30ConcatMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/music": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate music (v3.5)
         * @description Starts a Suno v3.5 (`chirp-v3-5`, songs up to about 4 minutes) generation, same body as
         *     v3.0. Returns `data.task_id`; poll `GET /suno/v1/music/{task_id}` until `data.status` is
         *     `completed` or `failed`.
         */
        post: operations["sunoV35CreateMusic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suno/v1/music/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get music (v3.5)
         * @description Polls a Suno v3.5 task. `data.status` goes `pending` → `processing` → `completed`
         *     (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
         *     `video_url`, cover images and metadata. Poll every 5 seconds or so.
         */
        get: operations["sunoV35GetMusic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a video
         * @description Starts a Luma Dream Machine video from `user_prompt`, optionally from a start frame
         *     (`image_url`) and/or to an end frame (`image_end_url`). Answers at once with the
         *     generation object (`state: pending`); poll `GET /luma/generations/{task_id}` with its `id`
         *     until `state` is `completed` (`video.url` set) or `failed`, or pass `notify_hook`.
         */
        post: operations["lumaCreateGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a video generation
         * @description Polls a generation. `state` goes `pending` → `processing` → `completed` (or `failed`);
         *     when completed, `video.url` is the MP4. Poll every 5–10 seconds; a clip usually takes a
         *     few minutes. The documented free-tier and paid-tier "get video" pages both map here.
         */
        get: operations["lumaGetGeneration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/luma/generations/{task_id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a video
         * @description Continues a finished generation (`task_id`) with a new `user_prompt`. Creates a new
         *     generation; poll `GET /luma/generations/{task_id}` with the new `id`.
         */
        post: operations["lumaExtendGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/ultra": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Image Ultra
         * @description Stability's highest-quality text-to-image model. Send the fields as `multipart/form-data`.
         *     The `accept` header picks the answer: `image/*` (default) returns the image bytes in the
         *     requested `output_format` (with `finish-reason` and `seed` response headers),
         *     `application/json` returns `{image, finish_reason, seed}` with the image base64-encoded.
         *     Synchronous: the image is in the response.
         */
        post: operations["stabilityGenerateUltra"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/core": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Image Core
         * @description Fast, low-cost text-to-image with optional `style_preset`. Same request and answer
         *     conventions as Ultra: `multipart/form-data` in; image bytes (`accept: image/*`, default)
         *     or base64 JSON (`accept: application/json`) out. Synchronous.
         */
        post: operations["stabilityGenerateCore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v2beta/stable-image/generate/sd3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Stable Diffusion 3
         * @description Stable Diffusion 3 (large, large-turbo or medium) as text-to-image or, with
         *     `mode: image-to-image`, transforming an uploaded `image` by `strength`. Send
         *     `multipart/form-data`; the `accept` header picks image bytes (default) or base64 JSON.
         *     Synchronous.
         */
        post: operations["stabilityGenerateSd3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SDXL 1.0 text to image
         * @description Stability v1 text-to-image with the engine fixed to `stable-diffusion-xl-1024-v1-0`.
         *     JSON body with weighted `text_prompts`. With `Accept: application/json` (default) the
         *     answer lists base64 `artifacts`; with `Accept: image/png` it is the PNG itself (only one
         *     sample). Synchronous. For other v1 engines use the `{engine_id}` route.
         */
        post: operations["stabilitySdxlTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sd/v1/generation/{engine_id}/text-to-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text to image with a chosen v1 engine (SDXL, SD 1.6)
         * @description Stability v1 text-to-image on the engine named in the path (`stable-diffusion-xl-1024-v1-0`,
         *     `stable-diffusion-v1-6`, ...). Same body and answers as the fixed SDXL route: JSON
         *     `text_prompts` in; base64 `artifacts` (`Accept: application/json`, default) or PNG bytes
         *     (`Accept: image/png`) out. Synchronous.
         */
        post: operations["stabilityEngineTextToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/styles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a style from reference images
         * @description Upload one to five reference images (`multipart/form-data`, one `file` part each) and a
         *     base `style`; Recraft extracts a custom style and returns its `id`. Pass that id as
         *     `style_id` to the image generation route.
         */
        post: operations["recraftCreateStyle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description Text to image with Recraft V3 (default) or V2, as raster or vector illustrations. Choose
         *     a base `style` (and `substyle`) or a custom `style_id` from the styles route; `controls`
         *     sets preferred and background colours. The answer lists the images as URLs (valid about
         *     24 hours) or base64 (`response_format: b64_json`). Synchronous.
         */
        post: operations["recraftGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/vectorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vectorize an image
         * @description Converts an uploaded raster image (`multipart/form-data` part `file`, PNG/JPG/WEBP up to
         *     5 MB) into an SVG. The answer holds the SVG's URL (valid about 24 hours) or, with
         *     `response_format: b64_json`, its base64 content. Synchronous.
         */
        post: operations["recraftVectorizeImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/removeBackground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the background of an image
         * @description Cuts the subject out of an uploaded image (`multipart/form-data` part `file`) and returns
         *     a PNG with a transparent background, as a URL (valid about 24 hours) or base64.
         *     Synchronous.
         */
        post: operations["recraftRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/clarityUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image (clarity)
         * @description Raises the resolution and sharpness of an uploaded image (`multipart/form-data` part
         *     `file`) while keeping its content. Returns the result as a URL (valid about 24 hours) or
         *     base64. Synchronous.
         */
        post: operations["recraftClarityUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recraft/v1/images/generativeUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image (generative)
         * @description Upscales an uploaded image (`multipart/form-data` part `file`) and lets the model add
         *     fine detail (suited to faces and textures). Slower and pricier than the clarity upscale.
         *     Returns the result as a URL (valid about 24 hours) or base64. Synchronous.
         */
        post: operations["recraftGenerativeUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runwayml/v1/image_to_video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image-to-video task
         * @description Animates a start image (HTTPS URL or data URI, or first/last keyframes) into a 5 or 10
         *     second video with Runway Gen-3 Alpha Turbo, guided by an optional `promptText`. Answers
         *     at once with the task `id`; poll `GET /runwayml/v1/tasks/{id}` until the status is
         *     `SUCCEEDED` (video URLs in `output`) or `FAILED`.
         */
        post: operations["runwayCreateImageToVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runwayml/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Runway task
         * @description Returns the task's status (`PENDING`, `THROTTLED`, `RUNNING`, `SUCCEEDED`, `FAILED` or
         *     `CANCELLED`), its `progress` as a fraction while running, the video URLs in `output` once
         *     it succeeded, and `failure` when it failed. Poll every few seconds.
         */
        get: operations["runwayGetTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-pro-1.1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX 1.1 [pro] generation
         * @description Text to image with FLUX 1.1 [pro]. Answers at once with a task `id`; poll
         *     `GET /flux/v1/get_result?id=...` until the status is `Ready` (image URL in
         *     `result.sample`, short-lived) or a final failure state.
         */
        post: operations["fluxCreatePro11"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-pro": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX.1 [pro] generation
         * @description Text to image with FLUX.1 [pro], with sampling controls (`steps`, `guidance`,
         *     `interval`). Answers at once with a task `id`; poll `GET /flux/v1/get_result?id=...`
         *     until `Ready`.
         */
        post: operations["fluxCreatePro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/flux-dev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a FLUX.1 [dev] generation
         * @description Text to image with FLUX.1 [dev] (`steps`, `guidance` adjustable). Answers at once with a
         *     task `id`; poll `GET /flux/v1/get_result?id=...` until `Ready`.
         */
        post: operations["fluxCreateDev"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flux/v1/get_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Flux task's result
         * @description Returns the status of a Flux task: `Pending` while it runs, `Ready` with the image URL in
         *     `result.sample` (short-lived; download it), or a final failure: `Request Moderated`,
         *     `Content Moderated`, `Error` or `Task not found`. Poll every second or two.
         */
        get: operations["fluxGetResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description Text to image with Ideogram (strong at rendering text inside images). Put the settings
         *     in `image_request`: `prompt`, `aspect_ratio` or `resolution`, `model`, `style_type`,
         *     `magic_prompt_option`, `num_images` (1–8). Synchronous: the answer lists the image URLs
         *     (valid about 24 hours).
         */
        post: operations["ideogramGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix an image
         * @description Creates new images from an uploaded image and a prompt. Send `multipart/form-data` with
         *     `image_file` and `image_request`, the generation settings plus `image_weight` (1–100, how
         *     much the input image counts) as a JSON text part. Synchronous.
         */
        post: operations["ideogramRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale an image
         * @description Upscales an uploaded image. Send `multipart/form-data` with `image_file` and
         *     `image_request`, a JSON text part with optional `prompt`, `resemblance` and `detail`
         *     (1–100 each, default 50), `magic_prompt_option`, `num_images` and `seed`. Synchronous.
         */
        post: operations["ideogramUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image
         * @description Returns text descriptions of an uploaded image (`multipart/form-data` part
         *     `image_file`), usable as prompts. Synchronous.
         */
        post: operations["ideogramDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/task-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query an Ideogram web-app generation
         * @description Looks up a generation by `request_id` and returns it in `sampling_requests`:
         *     `completion_percentage` (0–100) and `is_completed` tell the progress; once complete,
         *     `responses[]` lists the images (`image_url`, `response_id` for upscaling). Poll every few
         *     seconds. A read: safe to repeat although it is a POST.
         */
        post: operations["ideogramWebGetTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app text-to-image generation
         * @description Text to image through the Ideogram web app. Answers with a `request_id`; poll
         *     `POST /api/ideogram/task-request` with it until `is_completed` is true. Path and body are
         *     inferred, not seen on the site.
         */
        post: operations["ideogramWebGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app remix
         * @description Creates new images from an input image and a prompt through the Ideogram web app. Answers
         *     with a `request_id`; poll `POST /api/ideogram/task-request`. Path and body are inferred,
         *     not seen on the site.
         */
        post: operations["ideogramWebRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web-app upscale
         * @description Upscales one image of a finished generation (its `response_id` from the task query)
         *     through the Ideogram web app. Answers with a `request_id`; poll
         *     `POST /api/ideogram/task-request`. Path and body are inferred, not seen on the site.
         */
        post: operations["ideogramWebUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ideogram/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image through the web app
         * @description Returns text descriptions of an image through the Ideogram web app, modelled as
         *     synchronous. Path, body and answer are inferred, not seen on the site.
         */
        post: operations["ideogramWebDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image generation task
         * @description Text to image (optionally guided by a reference `image`) with Kling. Answers at once with
         *     `data.task_id`; poll `GET /kling/v1/images/generations/{task_id}` until `task_status` is
         *     `succeed` (image URLs in `data.task_result.images`) or `failed`.
         */
        post: operations["klingCreateImageGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/images/generations/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image generation task
         * @description Returns an image generation task: `data.task_status` (`submitted`, `processing`,
         *     `succeed`, `failed`), the image URLs in `data.task_result.images` once it succeeded, and
         *     `data.task_status_msg` when it failed. This is the image kind of the single "查询任务" page,
         *     which documents the text-to-video variant.
         */
        get: operations["klingGetImageGenerationTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/text2video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a text-to-video task
         * @description Text to video (5 or 10 s) with Kling, in `std` or `pro` mode, with optional camera
         *     movement. Answers at once with `data.task_id`; poll
         *     `GET /kling/v1/videos/text2video/{task_id}` until `task_status` is `succeed` (video URL
         *     in `data.task_result.videos`) or `failed`.
         */
        post: operations["klingCreateText2Video"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/text2video/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a text-to-video task
         * @description Returns a text-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
         *     `failed`), the video URL in `data.task_result.videos` once it succeeded, and
         *     `data.task_status_msg` when it failed. Image-to-video and image tasks are read from
         *     their own routes of the same shape (`/kling/v1/videos/image2video/{task_id}`,
         *     `/kling/v1/images/generations/{task_id}`).
         */
        get: operations["klingGetText2VideoTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/image2video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an image-to-video task
         * @description Animates a start `image` (URL or base64; optional end frame `image_tail`) into a 5 or 10 s
         *     video, optionally with a motion brush (`static_mask`, `dynamic_masks`). Answers at once
         *     with `data.task_id`; poll `GET /kling/v1/videos/image2video/{task_id}` until
         *     `task_status` is `succeed` or `failed`.
         */
        post: operations["klingCreateImage2Video"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kling/v1/videos/image2video/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image-to-video task
         * @description Returns an image-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
         *     `failed`), the video URL in `data.task_result.videos` once it succeeded, and
         *     `data.task_status_msg` when it failed. This is the image-to-video kind of the single
         *     "查询任务" page, which documents the text-to-video variant.
         */
        get: operations["klingGetImage2VideoTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The OpenAI-style error envelope the relay returns on `/v1/...` routes (and, as far as
         *     the catalog knows, on most other routes) when a request fails.
         * @example {
         *       "error": {
         *         "message": "Incorrect API key provided.",
         *         "type": "authentication_error",
         *         "param": null,
         *         "code": "invalid_api_key"
         *       }
         *     }
         */
        ErrorEnvelope: {
            error: {
                /** @description Human-readable explanation of the failure. */
                message: string;
                /** @description Error category, e.g. `invalid_request_error`, `authentication_error`, `rate_limit_error`, `server_error`. */
                type?: string;
                /** @description The request parameter the error is about, if any. */
                param?: string | null;
                /** @description Machine-readable error code, if any. */
                code?: string | null;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body on the relay's task routes (`/mj`, `/suno`, `/luma`, ...). No page of the site
         *     shows it; it is assumed to be the same OpenAI-style envelope the relay uses on `/v1/...`.
         */
        RelayErrorEnvelope: components["schemas"]["ErrorEnvelope"];
        /**
         * @description OpenAI chat-completion request. The model string selects the upstream: OpenAI models,
         *     `gemini-pro`, custom GPTs (`gpt-4-gizmo-<gizmo id>`), `gpt-4-all`, `stable-diffusion` ...
         */
        CreateChatCompletionRequest: {
            /**
             * @description Model name as configured on the relay.
             * @example gpt-3.5-turbo
             * @example gpt-4o
             * @example gemini-pro
             * @example gpt-4-all
             * @example gpt-4-vision-preview
             * @example gpt-4-gizmo-g-bo0FiWLY7
             * @example stable-diffusion
             */
            model: string;
            /** @description The conversation so far, oldest first. */
            messages: components["schemas"]["ChatMessage"][];
            /**
             * @description Sampling temperature; higher is more random.
             * @default 1
             */
            temperature?: number;
            /**
             * @description Nucleus sampling mass. Change this or `temperature`, not both.
             * @default 1
             */
            top_p?: number;
            /**
             * @description Number of choices to generate.
             * @default 1
             */
            n?: number;
            /**
             * @description When true the answer is sent as server-sent events (`ChatCompletionChunk` payloads, then `data: [DONE]`).
             * @default false
             */
            stream?: boolean;
            stream_options?: components["schemas"]["ChatStreamOptions"];
            /** @description Up to 4 sequences at which generation stops. */
            stop?: string | string[];
            /** @description Maximum number of tokens to generate. */
            max_tokens?: number;
            /**
             * @description Penalises tokens that already appeared, encouraging new topics.
             * @default 0
             */
            presence_penalty?: number;
            /**
             * @description Penalises tokens by how often they appeared.
             * @default 0
             */
            frequency_penalty?: number;
            /** @description Token id (as a string) → bias from -100 to 100. */
            logit_bias?: {
                [key: string]: number;
            };
            /** @description Your end-user's id, for abuse monitoring. */
            user?: string;
            response_format?: components["schemas"]["ChatResponseFormat"];
            /** @description Best-effort deterministic sampling. */
            seed?: number;
            /** @description Functions the model may call. */
            tools?: components["schemas"]["ChatTool"][];
            tool_choice?: components["schemas"]["ChatToolChoice"];
        };
        /** @description Options for streamed answers. */
        ChatStreamOptions: {
            /** @description Send a last chunk with `usage` (and empty `choices`) before `[DONE]`. */
            include_usage?: boolean;
        };
        /** @description Force plain text or a JSON object as the answer. */
        ChatResponseFormat: {
            /** @enum {string} */
            type: "text" | "json_object";
        };
        /** @description A function the model may call. */
        ChatTool: {
            /** @constant */
            type: "function";
            function: {
                name: string;
                description?: string;
                /** @description JSON Schema of the function's arguments. */
                parameters?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description `none`, `auto`, `required`, or a specific function. */
        ChatToolChoice: ("none" | "auto" | "required") | {
            /** @constant */
            type: "function";
            function: {
                name: string;
            };
        };
        /** @description One message of the conversation, told apart by `role`. */
        ChatMessage: components["schemas"]["ChatSystemMessage"] | components["schemas"]["ChatUserMessage"] | components["schemas"]["ChatAssistantMessage"] | components["schemas"]["ChatToolMessage"];
        /** @description Instructions that frame the conversation. */
        ChatSystemMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "system";
            /** @description Text, or an array of text parts. */
            content: string | components["schemas"]["ChatContentPartText"][];
            /** @description Optional participant name. */
            name?: string;
        };
        /**
         * @description A user turn. `content` is a string or an array of parts; image parts (`image_url`) need a
         *     vision model. With `gpt-4-all` an image or file URL may also be put at the start of the
         *     text, separated from the question by a space.
         */
        ChatUserMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "user";
            content: components["schemas"]["ChatUserContent"];
            /** @description Optional participant name. */
            name?: string;
        };
        /** @description Plain text, or an ordered array of text and image parts. */
        ChatUserContent: string | components["schemas"]["ChatContentPart"][];
        /** @description One part of a multi-part user message. */
        ChatContentPart: components["schemas"]["ChatContentPartText"] | components["schemas"]["ChatContentPartImage"];
        /** @description A text part. */
        ChatContentPartText: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
        };
        /** @description An image part (vision models). */
        ChatContentPartImage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image_url";
            image_url: {
                /** @description An `http(s)` URL or a `data:image/...;base64,` URI. */
                url: string;
                /**
                 * @description How much detail the model should look at.
                 * @default auto
                 * @enum {string}
                 */
                detail?: "auto" | "low" | "high";
            };
        };
        /** @description An earlier answer of the model (also the shape of `choices[].message` in a response). */
        ChatAssistantMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "assistant";
            /** @description The text; `null` when the turn only calls tools. */
            content?: string | null;
            name?: string;
            tool_calls?: components["schemas"]["ChatToolCall"][];
        };
        /** @description The result of a tool call, sent back to the model. */
        ChatToolMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            role: "tool";
            content: string;
            /** @description The `id` of the tool call this answers. */
            tool_call_id: string;
        };
        /** @description A function call requested by the model. */
        ChatToolCall: {
            id: string;
            /** @constant */
            type: "function";
            function: {
                name: string;
                /** @description JSON-encoded arguments (may be invalid JSON; validate before use). */
                arguments: string;
            };
        };
        /** @description Token counts of the request. */
        ChatCompletionUsage: {
            prompt_tokens: number;
            completion_tokens: number;
            total_tokens: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A complete (non-streamed) chat answer. */
        ChatCompletion: {
            id: string;
            /** @constant */
            object: "chat.completion";
            /** @description Unix time in seconds. */
            created: number;
            /** @description The model that answered (may differ from the requested alias, e.g. `gpt-4-gizmo`). */
            model: string;
            system_fingerprint?: string | null;
            choices: ({
                index: number;
                message: components["schemas"]["ChatAssistantMessage"];
                logprobs?: {
                    [key: string]: unknown;
                } | null;
                /** @enum {string|null} */
                finish_reason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | null;
            } & {
                [key: string]: unknown;
            })[];
            usage?: components["schemas"]["ChatCompletionUsage"];
        } & {
            [key: string]: unknown;
        };
        /** @description One `data:` payload of a streamed chat answer. */
        ChatCompletionChunk: {
            id: string;
            /** @constant */
            object: "chat.completion.chunk";
            created: number;
            model: string;
            system_fingerprint?: string | null;
            /** @description Empty in the final usage-only chunk. */
            choices: ({
                index: number;
                /** @description What this chunk adds to the message. */
                delta: {
                    /** @constant */
                    role?: "assistant";
                    content?: string | null;
                    tool_calls?: ({
                        index: number;
                        id?: string;
                        /** @constant */
                        type?: "function";
                        function?: {
                            name?: string;
                            arguments?: string;
                        };
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
                logprobs?: {
                    [key: string]: unknown;
                } | null;
                /** @enum {string|null} */
                finish_reason?: "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | null;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Only in the last chunk, when `stream_options.include_usage` is true. */
            usage?: components["schemas"]["ChatCompletionUsage"] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Legacy completion request (instruct models). */
        CreateCompletionRequest: {
            /**
             * @description Model name, e.g. `gpt-3.5-turbo-instruct` (older examples use `text-davinci-003`).
             * @example gpt-3.5-turbo-instruct
             */
            model: string;
            /** @description Text, texts, a token array, or several token arrays. */
            prompt: string | string[] | number[] | number[][];
            /** @description Text that comes after the completion (insert mode). */
            suffix?: string;
            /**
             * @description Maximum number of tokens to generate.
             * @default 16
             */
            max_tokens?: number;
            /** @default 1 */
            temperature?: number;
            /** @default 1 */
            top_p?: number;
            /** @default 1 */
            n?: number;
            /**
             * @description When true the answer is sent as server-sent events (`CompletionChunk` payloads, then `data: [DONE]`).
             * @default false
             */
            stream?: boolean;
            /** @description Include the log probabilities of this many most likely tokens. */
            logprobs?: number | null;
            /**
             * @description Echo the prompt before the completion.
             * @default false
             */
            echo?: boolean;
            /** @description Up to 4 sequences at which generation stops. */
            stop?: string | string[];
            /** @default 0 */
            presence_penalty?: number;
            /** @default 0 */
            frequency_penalty?: number;
            /**
             * @description Generate this many candidates server-side and return the best `n`.
             * @default 1
             */
            best_of?: number;
            /** @description Token id (as a string) → bias from -100 to 100. */
            logit_bias?: {
                [key: string]: number;
            };
            /** @description Your end-user's id, for abuse monitoring. */
            user?: string;
        };
        CompletionChoice: {
            text: string;
            index: number;
            logprobs?: {
                [key: string]: unknown;
            } | null;
            /** @enum {string|null} */
            finish_reason: "stop" | "length" | "content_filter" | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A complete (non-streamed) text completion. */
        Completion: {
            id: string;
            /** @constant */
            object: "text_completion";
            /** @description Unix time in seconds. */
            created: number;
            model: string;
            system_fingerprint?: string;
            choices: components["schemas"]["CompletionChoice"][];
            usage?: components["schemas"]["ChatCompletionUsage"];
        } & {
            [key: string]: unknown;
        };
        /** @description One `data:` payload of a streamed completion (`finish_reason` is null until the last one). */
        CompletionChunk: {
            id: string;
            /** @constant */
            object: "text_completion";
            created: number;
            model: string;
            choices: components["schemas"]["CompletionChoice"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Text (or tokens) to turn into vectors. */
        CreateEmbeddingRequest: {
            /** @description A string, an array of strings, a token array, or an array of token arrays. */
            input: string | string[] | number[] | number[][];
            /**
             * @description Embedding model.
             * @example text-embedding-ada-002
             * @example text-embedding-3-small
             * @example text-embedding-3-large
             */
            model: string;
            /**
             * @description `float` arrays, or base64-encoded little-endian float32.
             * @default float
             * @enum {string}
             */
            encoding_format?: "float" | "base64";
            /** @description Output vector size (text-embedding-3 models only). */
            dimensions?: number;
            /** @description Your end-user's id, for abuse monitoring. */
            user?: string;
        };
        /** @description One vector, in input order. */
        Embedding: {
            /** @constant */
            object: "embedding";
            index: number;
            /** @description The vector (`number[]`), or a base64 string with `encoding_format: base64`. */
            embedding: number[] | string;
        } & {
            [key: string]: unknown;
        };
        CreateEmbeddingResponse: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Embedding"][];
            model: string;
            usage: {
                prompt_tokens: number;
                total_tokens: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Multipart form for speech-to-text in the spoken language. */
        CreateTranscriptionRequest: {
            /**
             * Format: binary
             * @description The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB.
             */
            file: string;
            /**
             * @description Speech model.
             * @example whisper-1
             */
            model: string;
            /** @description ISO-639-1 language of the audio (improves accuracy and speed). */
            language?: string;
            /** @description Text that guides the style or continues a previous segment; same language as the audio. */
            prompt?: string;
            response_format?: components["schemas"]["AudioResponseFormat"];
            /**
             * @description Sampling temperature; 0 lets the model pick automatically.
             * @default 0
             */
            temperature?: number;
            /**
             * @description Timestamps to include (needs `response_format=verbose_json`).
             * @default [
             *       "segment"
             *     ]
             */
            "timestamp_granularities[]"?: ("word" | "segment")[];
        };
        /** @description Multipart form for speech-to-English translation. */
        CreateTranslationRequest: {
            /**
             * Format: binary
             * @description The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB.
             */
            file: string;
            /**
             * @description Speech model.
             * @example whisper-1
             */
            model: string;
            /** @description English text that guides the style or continues a previous segment. */
            prompt?: string;
            response_format?: components["schemas"]["AudioResponseFormat"];
            /** @default 0 */
            temperature?: number;
        };
        /**
         * @description Output format. `json` and `verbose_json` answer `application/json`; `text`, `srt` and
         *     `vtt` answer `text/plain`.
         * @default json
         * @enum {string}
         */
        AudioResponseFormat: "json" | "text" | "srt" | "verbose_json" | "vtt";
        /** @description Answer for `response_format=json`. */
        AudioTextResponse: {
            text: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Answer for `response_format=verbose_json`. */
        AudioVerboseResponse: {
            /** @description `transcribe` or `translate`. */
            task?: string;
            /** @description Detected or given language (English name). */
            language?: string;
            /** @description Audio length in seconds. */
            duration?: number;
            text: string;
            segments?: components["schemas"]["AudioSegment"][];
            /** @description Present when word timestamps were requested. */
            words?: ({
                word: string;
                start: number;
                end: number;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description A timed segment of the text. */
        AudioSegment: {
            id: number;
            seek?: number;
            start: number;
            end: number;
            text: string;
            tokens?: number[];
            temperature?: number;
            avg_logprob?: number;
            compression_ratio?: number;
            no_speech_prob?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description `json` or `verbose_json` answer. */
        AudioTranscriptionResult: components["schemas"]["AudioVerboseResponse"] | components["schemas"]["AudioTextResponse"];
        /** @description Text to read aloud. */
        CreateSpeechRequest: {
            /**
             * @description TTS model.
             * @example tts-1
             * @example tts-1-hd
             */
            model: string;
            /** @description The text to speak. */
            input: string;
            /** @enum {string} */
            voice: "alloy" | "echo" | "fable" | "onyx" | "nova" | "shimmer";
            /**
             * @description Audio format; decides the response media type (mp3 → `audio/mpeg`, pcm → raw 24 kHz 16-bit samples).
             * @default mp3
             * @enum {string}
             */
            response_format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
            /** @default 1 */
            speed?: number;
        };
        /**
         * @description OpenAI image-generation request. `model` picks the upstream: `dall-e-3` / `dall-e-2`,
         *     Flux models (`flux`, `flux-dev`, `flux-pro`, `flux-1.1-pro` ...), or Recraft
         *     (`recraftv3`, `recraftv2`). Which fields an upstream honours varies; see each field.
         */
        CreateImageRequest: {
            /**
             * @description Model name as configured on the relay (upstream OpenAI default `dall-e-2`). Flux and Recraft need it.
             * @example dall-e-3
             * @example flux-dev
             * @example flux-1.1-pro
             * @example recraftv3
             */
            model?: string;
            /** @description What to draw (at most 4000 characters for dall-e-3). */
            prompt: string;
            /**
             * @description Number of images; dall-e-3 only supports 1.
             * @default 1
             */
            n?: number;
            /**
             * @description `<width>x<height>`. dall-e-3: `1024x1024`, `1792x1024`, `1024x1792`; dall-e-2:
             *     `256x256`, `512x512`, `1024x1024`; Flux also takes sizes like `1024x768`, `512x1024`,
             *     `768x1366`, `1344x576`.
             * @default 1024x1024
             * @example 1024x1024
             * @example 1792x1024
             * @example 1024x768
             */
            size?: string;
            /**
             * @description dall-e-3 only.
             * @default standard
             * @enum {string}
             */
            quality?: "standard" | "hd";
            /**
             * @description dall-e-3: `vivid` (default) or `natural`. Recraft: a Recraft style such as
             *     `realistic_image`, `digital_illustration`, `vector_illustration` or `any`.
             * @example vivid
             * @example natural
             * @example realistic_image
             * @example digital_illustration
             * @example vector_illustration
             * @example any
             */
            style?: string;
            /**
             * @description `url` links stay valid for about an hour; `b64_json` returns the bytes inline.
             * @default url
             * @enum {string}
             */
            response_format?: "url" | "b64_json";
            /** @description Your end-user's id, for abuse monitoring. */
            user?: string;
        };
        /** @description Generated images. */
        ImagesResponse: {
            /** @description Unix time in seconds. */
            created: number;
            data: components["schemas"]["Image"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One generated image (`url` or `b64_json`, as asked). */
        Image: {
            url?: string;
            b64_json?: string;
            /** @description The prompt dall-e-3 actually used. */
            revised_prompt?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Which Discord bot runs the job.
         * @default MID_JOURNEY
         * @enum {string}
         */
        MjBotType: "MID_JOURNEY" | "NIJI_JOURNEY";
        /**
         * @description Speed mode for this job (relay extension). Same effect as the `/mj-fast`, `/mj-turbo`,
         *     `/mj-relax` path prefixes; a mode fixed on the key wins over both.
         * @enum {string}
         */
        MjMode: "fast" | "turbo" | "relax";
        /** @description Restricts which Discord account (instance) may run the job (midjourney-proxy-plus). */
        MjAccountFilter: {
            /** @description Discord channel id. */
            channelId?: string;
            /** @description Account instance id. */
            instanceId?: string;
            /** @description Only accounts that have one of these speed modes. */
            modes?: ("RELAX" | "FAST" | "TURBO")[];
            /** @description Match the account remark. */
            remark?: string;
            /** @description Only accounts with remix on (true) or off (false). */
            remix?: boolean;
            /** @description Whether remix-mode modals are submitted automatically. */
            remixAutoConsidered?: boolean;
        };
        /**
         * @description Kind of job.
         * @enum {string}
         */
        MjTaskAction: "IMAGINE" | "UPSCALE" | "VARIATION" | "REROLL" | "ZOOM" | "PAN" | "DESCRIBE" | "BLEND" | "SHORTEN" | "SWAP_FACE";
        /**
         * @description `NOT_START` / `SUBMITTED` (queued), `IN_PROGRESS`, `MODAL` (waiting for `/mj/submit/modal`),
         *     `SUCCESS`, `FAILURE` (see `failReason`), `CANCEL`.
         * @enum {string}
         */
        MjTaskStatus: "NOT_START" | "SUBMITTED" | "MODAL" | "IN_PROGRESS" | "FAILURE" | "SUCCESS" | "CANCEL";
        /**
         * @description Answer of every submit. HTTP is 200 even when the submit was refused: check `code`.
         *     `1` = submitted (`result` is the new task id), `22` = accepted and queued (also a task id).
         *     Other codes are failures; midjourney-proxy uses `21` task already exists (`result` = that
         *     task), `23` queue full, `24` prompt contains a banned word (`properties.bannedWord`).
         */
        MjSubmitResult: {
            /**
             * Format: int32
             * @description 1 = submitted, 22 = queued; anything else is a failure.
             */
            code: number;
            /** @description Human-readable outcome, e.g. `Submit success` / `提交成功`. */
            description: string;
            /** @description The task id (numeric string). Absent or null when the submit failed. */
            result?: string | null;
            /** @description Extra data, e.g. `discordChannelId`, `discordInstanceId`, `promptEn`, `bannedWord`. */
            properties?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A button under a finished image; run it with `/mj/submit/action` and its `customId`. */
        MjButton: {
            /** @description Action id, e.g. `MJ::JOB::upsample::1::<hash>`, `MJ::JOB::variation::2::<hash>`, `MJ::JOB::reroll::0::<hash>::SOLO`. */
            customId: string;
            emoji?: string;
            /** @description Button text, e.g. `U1`, `V2`, `Zoom Out 2x`. */
            label?: string;
            /** @description Discord component type (2 = button). */
            type?: number;
            /** @description Discord button style (1 primary, 2 secondary). */
            style?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Midjourney job as returned by fetch/list/queue and pushed to `notifyHook`. Poll until
         *     `status` is `SUCCESS` (`progress` "100%", `imageUrl` set) or `FAILURE` (`failReason`).
         */
        MjTask: {
            /** @description Task id. */
            id: string;
            action?: components["schemas"]["MjTaskAction"];
            /** @description The button id this task ran (action tasks). */
            customId?: string;
            /** @description `MID_JOURNEY`, `NIJI_JOURNEY`, or empty. */
            botType?: string;
            prompt?: string;
            /** @description The prompt as sent to Midjourney (translated); for DESCRIBE the four suggested prompts. */
            promptEn?: string;
            /** @description Human-readable status text. */
            description?: string;
            /** @description Your `state` value, echoed. */
            state?: string;
            /**
             * Format: int64
             * @description Unix time in milliseconds.
             */
            submitTime?: number;
            /**
             * Format: int64
             * @description Unix time in milliseconds.
             */
            startTime?: number;
            /**
             * Format: int64
             * @description Unix time in milliseconds.
             */
            finishTime?: number;
            /** @description The result image (the 2×2 grid for IMAGINE); may be served through the relay. */
            imageUrl?: string | null;
            imageWidth?: number;
            imageHeight?: number;
            status?: components["schemas"]["MjTaskStatus"];
            /** @description Percent string, `"0%"` … `"100%"`. */
            progress?: string;
            /** @description Why the task failed (FAILURE only). */
            failReason?: string | null;
            /** @description Follow-up actions (upscale, variation, zoom, ...). */
            buttons?: components["schemas"]["MjButton"][];
            maskBase64?: string | null;
            /** @description Extra data, e.g. `finalPrompt`, `finalZhPrompt`, `notifyHook`, `discordChannelId`, `messageId`, `messageHash`, `nonce`, `flags`. */
            properties?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Several tasks. */
        MjTaskList: components["schemas"]["MjTask"][];
        /** @description Spring Data sort state. */
        MjSort: {
            empty?: boolean;
            sorted?: boolean;
            unsorted?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of tasks (Spring Data page; `number` is 0-based). */
        MjTaskPage: {
            content: components["schemas"]["MjTask"][];
            empty?: boolean;
            first?: boolean;
            last?: boolean;
            number?: number;
            numberOfElements?: number;
            pageable?: {
                offset?: number;
                pageNumber?: number;
                pageSize?: number;
                paged?: boolean;
                unpaged?: boolean;
                sort?: components["schemas"]["MjSort"];
            } & {
                [key: string]: unknown;
            };
            size?: number;
            sort?: components["schemas"]["MjSort"];
            totalElements?: number;
            totalPages?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The seed of a finished task's image. */
        MjImageSeedResult: {
            /** @description 1 = found. */
            code: number;
            description?: string;
            /** @description The seed, as a string. */
            result?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Text (and optional reference images) to an image grid. */
        MjImagineRequest: {
            /** @description Midjourney prompt including parameters (`--v 6.0`, `--ar 16:9`, `--niji` ...). */
            prompt: string;
            botType?: components["schemas"]["MjBotType"];
            /** @description Reference images as data URIs (`data:image/png;base64,...`). */
            base64Array?: string[];
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
            mode?: components["schemas"]["MjMode"];
        };
        /** @description Blend 2–5 images into one. */
        MjBlendRequest: {
            /** @description The images as data URIs. */
            base64Array: string[];
            /**
             * @description Output ratio (2:3, 1:1, 3:2).
             * @default SQUARE
             * @enum {string}
             */
            dimensions?: "PORTRAIT" | "SQUARE" | "LANDSCAPE";
            botType?: components["schemas"]["MjBotType"];
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
            mode?: components["schemas"]["MjMode"];
        };
        /** @description Ask for four prompts that describe an image. */
        MjDescribeRequest: {
            /** @description The image as a data URI. */
            base64: string;
            botType?: components["schemas"]["MjBotType"];
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
            mode?: components["schemas"]["MjMode"];
        };
        /** @description Analyse a prompt and suggest shorter versions. */
        MjShortenRequest: {
            prompt: string;
            botType?: components["schemas"]["MjBotType"];
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
            mode?: components["schemas"]["MjMode"];
        };
        /** @description Press a button of a finished task. */
        MjActionRequest: {
            /** @description `buttons[].customId` of the parent task. */
            customId: string;
            /** @description The parent task id. */
            taskId: string;
            /**
             * @description Run on the same account/channel as the parent task.
             * @default false
             */
            chooseSameChannel?: boolean;
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
            mode?: components["schemas"]["MjMode"];
        };
        /** @description Complete a task waiting in `MODAL` status (vary region, custom zoom, remix). */
        MjModalRequest: {
            /** @description The task in `MODAL` status. */
            taskId: string;
            /** @description The (new) prompt for the modal. */
            prompt?: string;
            /** @description Mask for vary region, as a data URI. */
            maskBase64?: string;
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
        };
        /** @description InsightFace face swap. */
        MjSwapFaceRequest: {
            /** @description The face to use, as a data URI. */
            sourceBase64: string;
            /** @description The image whose face is replaced, as a data URI. */
            targetBase64: string;
            accountFilter?: components["schemas"]["MjAccountFilter"];
            /** @description Callback URL for status changes; empty = the relay's global hook. */
            notifyHook?: string;
            /** @description Any text; echoed back in the task. */
            state?: string;
        };
        /** @description The ids to look up. */
        MjListByConditionRequest: {
            ids: string[];
        };
        /** @description Filters and paging for `/mj/task/query`. All fields optional. */
        MjQueryRequest: {
            /**
             * @description 0-based page number.
             * @default 0
             */
            pageNumber?: number;
            /** @default 10 */
            pageSize?: number;
            /**
             * @description `<field>,asc|desc`.
             * @example id,desc
             */
            sort?: string;
            action?: components["schemas"]["MjTaskAction"];
            description?: string;
            ids?: string[];
            /** @description Account instance. */
            instanceId?: string;
            prompt?: string;
            promptEn?: string;
            state?: string;
            status?: components["schemas"]["MjTaskStatus"];
            statusSet?: components["schemas"]["MjTaskStatus"][];
        };
        /**
         * @description Generate songs. `custom_mode: true` = you give lyrics (`input.prompt`), `input.title` and
         *     style `input.tags`; `custom_mode: false` = Suno writes everything from
         *     `input.gpt_description_prompt`. Set `input.continue_clip_id` + `input.continue_at` to extend
         *     an existing clip.
         */
        SunoGenerateRequest: {
            /** @description true = lyrics mode, false = description (inspiration) mode. */
            custom_mode: boolean;
            /**
             * @description Model version; may be implied by the path (`chirp-v3-0` for v3.0, `chirp-v3-5` for v3.5).
             * @example chirp-v3-0
             * @example chirp-v3-5
             */
            mv?: string;
            input: components["schemas"]["SunoGenerateInput"];
        };
        /** @description What to generate. */
        SunoGenerateInput: {
            /** @description Lyrics (custom mode). */
            prompt?: string;
            /** @description Song title (custom mode). */
            title?: string;
            /** @description Style tags, comma or space separated (custom mode). */
            tags?: string;
            /** @description Free-text description of the song (description mode). */
            gpt_description_prompt?: string;
            /**
             * @description No vocals.
             * @default false
             */
            make_instrumental?: boolean;
            /** @description Second at which to continue `continue_clip_id` (the template shows it as a string). */
            continue_at?: number | string;
            /** @description Clip to extend. */
            continue_clip_id?: string;
        };
        /** @description Merge an extended clip with everything it extends into one full song. */
        SunoConcatRequest: {
            /** @description The last extended clip. */
            clip_id: string;
        };
        /** @description Answer of generate and concat; poll the matching get-music operation with `data.task_id`. */
        SunoSubmitResponse: {
            /** @description 200 on success. */
            code: number;
            data: {
                task_id: string;
            } & {
                [key: string]: unknown;
            };
            /** @description `success`, or the reason of a failure. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Task status; `completed` and `failed` are final.
         * @enum {string}
         */
        SunoTaskStatus: "pending" | "processing" | "completed" | "failed";
        /** @description Details of a clip. */
        SunoClipMetadata: {
            tags?: string | null;
            /** @description Lyrics. */
            prompt?: string | null;
            gpt_description_prompt?: string | null;
            /** @description Seconds. */
            duration?: number | null;
            /** @description e.g. `gen`, `concat`. */
            type?: string | null;
            error_type?: string | null;
            error_message?: string | null;
            concat_history?: {
                [key: string]: unknown;
            }[] | null;
            history?: {
                [key: string]: unknown;
            }[] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description One generated song (Suno makes two per request). */
        SunoClip: {
            id: string;
            title?: string | null;
            /** @description Clip status, e.g. `submitted`, `queued`, `streaming`, `complete`, `error`. */
            status?: string;
            audio_url?: string | null;
            video_url?: string | null;
            image_url?: string | null;
            image_large_url?: string | null;
            model_name?: string | null;
            major_model_version?: string | null;
            /** @description ISO-8601 time. */
            created_at?: string | null;
            is_video_pending?: boolean;
            metadata?: components["schemas"]["SunoClipMetadata"];
        } & {
            [key: string]: unknown;
        };
        /** @description A Suno task and its clips. */
        SunoTask: {
            task_id: string;
            status: components["schemas"]["SunoTaskStatus"];
            /** @description The request input, as a JSON string. */
            input?: string;
            /** @description Clips by clip id. */
            clips?: {
                [key: string]: components["schemas"]["SunoClip"];
            };
            metadata?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Answer of get music. */
        SunoFetchResponse: {
            /** @description 200 on success. */
            code: number;
            data: components["schemas"]["SunoTask"];
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Text (and optional start/end frames) to a short video. */
        LumaGenerateRequest: {
            /** @description What should happen in the video. */
            user_prompt: string;
            /** @description Let Luma enhance the prompt. */
            expand_prompt?: boolean;
            /**
             * @description Documented values `1:1`, `4:3`, `3:4`, `16:9`, `9:16` (Luma itself also knows `21:9`, `9:21`).
             * @example 16:9
             * @example 9:16
             * @example 1:1
             */
            aspect_ratio?: string;
            /** @description Make the video loop seamlessly. */
            loop?: boolean;
            /** @description Start frame, a URL or base64 image. */
            image_url?: string;
            /** @description End frame, a URL or base64 image. */
            image_end_url?: string;
            /** @description Callback URL for status changes. */
            notify_hook?: string;
            /** @description Newer relay versions only, e.g. `ray-v1`, `ray-v2`. */
            model_name?: string;
            /** @description Newer relay versions only, e.g. `5s`. */
            duration?: string;
            /** @description Newer relay versions only, `720p` or `1080p`. */
            resolution?: string;
        };
        /** @description Continue a finished video. */
        LumaExtendRequest: {
            /** @description What should happen next. */
            user_prompt: string;
            expand_prompt?: boolean;
            /** @description Start frame, a URL or base64 image. */
            image_url?: string;
            /** @description End frame, a URL or base64 image. */
            image_end_url?: string;
            /** @description Callback URL for status changes. */
            notify_hook?: string;
        };
        /**
         * @description Generation state; `completed` and `failed` are final (newer Luma also reports `queued` and `dreaming`).
         * @enum {string}
         */
        LumaState: "pending" | "queued" | "processing" | "dreaming" | "completed" | "failed";
        /** @description The rendered video. */
        LumaVideo: {
            url: string;
            width?: number;
            height?: number;
            thumbnail?: {
                [key: string]: unknown;
            } | null;
            download_url?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A video generation (answer of generate, extend and get). */
        LumaGeneration: {
            /**
             * Format: uuid
             * @description Generation (task) id.
             */
            id: string;
            prompt?: string;
            state: components["schemas"]["LumaState"];
            /** @description Queue information, when queued. */
            queue_state?: unknown;
            /** Format: date-time */
            created_at?: string;
            batch_id?: string;
            /** @description Set when `state` is `completed`. */
            video?: components["schemas"]["LumaVideo"] | null;
            video_raw?: {
                [key: string]: unknown;
            } | null;
            /** @description Web-app like flag (null when unset). */
            liked?: unknown;
            estimate_wait_seconds?: number | null;
            thumbnail?: {
                [key: string]: unknown;
            } | null;
            last_frame?: {
                [key: string]: unknown;
            } | null;
            /** @description Added by some relays. */
            server_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Output aspect ratio (text-to-image only).
         * @default 1:1
         * @enum {string}
         */
        StabilityAspectRatio: "16:9" | "1:1" | "21:9" | "2:3" | "3:2" | "4:5" | "5:4" | "9:16" | "9:21";
        /**
         * @description Guides the image towards a particular style.
         * @enum {string}
         */
        StabilityStylePreset: "3d-model" | "analog-film" | "anime" | "cinematic" | "comic-book" | "digital-art" | "enhance" | "fantasy-art" | "isometric" | "line-art" | "low-poly" | "modeling-compound" | "neon-punk" | "origami" | "photographic" | "pixel-art" | "tile-texture";
        /** @description Form fields of a Stable Image Ultra generation. */
        StabilityUltraRequest: {
            /** @description What to draw. Weight words with `(word:weight)`, e.g. `(blue:0.3)`. */
            prompt: string;
            /** @description What should not appear in the image. */
            negative_prompt?: string;
            aspect_ratio?: components["schemas"]["StabilityAspectRatio"];
            /**
             * @description Randomness seed; `0` picks a random one.
             * @default 0
             */
            seed?: number;
            /**
             * @description Encoding of the returned image.
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg" | "webp";
        };
        /** @description Form fields of a Stable Image Core generation (Ultra's fields plus `style_preset`). */
        StabilityCoreRequest: {
            /** @description What to draw. Weight words with `(word:weight)`. */
            prompt: string;
            /** @description What should not appear in the image. */
            negative_prompt?: string;
            aspect_ratio?: components["schemas"]["StabilityAspectRatio"];
            /**
             * @description Randomness seed; `0` picks a random one.
             * @default 0
             */
            seed?: number;
            style_preset?: components["schemas"]["StabilityStylePreset"];
            /**
             * @description Encoding of the returned image.
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg" | "webp";
        };
        /**
         * @description Form fields of a Stable Diffusion 3 generation. `mode: image-to-image` needs `image` and
         *     `strength` and ignores `aspect_ratio`.
         */
        StabilitySd3Request: {
            /** @description What to draw. */
            prompt: string;
            /**
             * @description Generate from text only, or transform a start image.
             * @default text-to-image
             * @enum {string}
             */
            mode?: "text-to-image" | "image-to-image";
            /**
             * Format: binary
             * @description Start image (image-to-image only); PNG, JPEG or WEBP.
             */
            image?: string;
            /** @description How much the start image is changed (image-to-image only); 1 ignores it almost entirely. */
            strength?: number;
            aspect_ratio?: components["schemas"]["StabilityAspectRatio"];
            /**
             * @description SD3 variant. `sd3` and `sd3-turbo` are the older names.
             * @default sd3-large
             * @enum {string}
             */
            model?: "sd3-large" | "sd3-large-turbo" | "sd3-medium" | "sd3" | "sd3-turbo";
            /**
             * @description Randomness seed; `0` picks a random one.
             * @default 0
             */
            seed?: number;
            /**
             * @description Encoding of the returned image.
             * @default png
             * @enum {string}
             */
            output_format?: "png" | "jpeg";
            /** @description What should not appear in the image (not for the turbo models). */
            negative_prompt?: string;
        };
        /** @description The answer of a v2beta generation when the request's `accept` header is `application/json`. */
        StabilityImageResponse: {
            /** @description The generated image, base64-encoded, in the requested `output_format`. */
            image: string;
            /**
             * @description `CONTENT_FILTERED` means the image was blurred or replaced by the moderation filter.
             * @enum {string}
             */
            finish_reason: "SUCCESS" | "CONTENT_FILTERED";
            /** @description The seed that was used. */
            seed?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body of the Stability v2beta routes.
         * @example {
         *       "id": "6e3a9b2f4c1d4e8fa0b7c5d2e1f09a34",
         *       "name": "bad_request",
         *       "errors": [
         *         "prompt: cannot be empty"
         *       ]
         *     }
         */
        StabilityV2Error: {
            /** @description Identifier of the failed request, for support. */
            id?: string;
            /** @description Short error name, e.g. `bad_request`, `content_moderation`, `payload_too_large`. */
            name: string;
            /** @description One message per problem found. */
            errors: string[];
        } & {
            [key: string]: unknown;
        };
        StabilityTextPrompt: {
            /** @description Prompt text. */
            text: string;
            /** @description Weight of this prompt; negative values make it a negative prompt. */
            weight?: number;
        };
        /**
         * @description Body of a v1 text-to-image generation. SDXL 1.0 accepts only the sizes 1024x1024, 1152x896,
         *     896x1152, 1216x832, 832x1216, 1344x768, 768x1344, 1536x640 and 640x1536; SD 1.6 takes
         *     320–1536 px per side in steps of 64.
         */
        StabilitySdxlRequest: {
            /** @description One or more weighted prompts. */
            text_prompts: components["schemas"]["StabilityTextPrompt"][];
            /** @description Image height in pixels. */
            height?: number;
            /** @description Image width in pixels. */
            width?: number;
            /**
             * @description How strictly the image follows the prompt.
             * @default 7
             */
            cfg_scale?: number;
            /**
             * @default NONE
             * @enum {string}
             */
            clip_guidance_preset?: "FAST_BLUE" | "FAST_GREEN" | "NONE" | "SIMPLE" | "SLOW" | "SLOWER" | "SLOWEST";
            /**
             * @description Diffusion sampler; picked automatically when omitted.
             * @enum {string}
             */
            sampler?: "DDIM" | "DDPM" | "K_DPMPP_2M" | "K_DPMPP_2S_ANCESTRAL" | "K_DPM_2" | "K_DPM_2_ANCESTRAL" | "K_EULER" | "K_EULER_ANCESTRAL" | "K_HEUN" | "K_LMS";
            /**
             * @description Number of images to generate.
             * @default 1
             */
            samples?: number;
            /**
             * @description Randomness seed; `0` picks a random one.
             * @default 0
             */
            seed?: number;
            /**
             * @description Number of diffusion steps.
             * @default 30
             */
            steps?: number;
            style_preset?: components["schemas"]["StabilityStylePreset"];
        };
        StabilityArtifact: {
            /** @description The PNG image, base64-encoded. */
            base64: string;
            /** @enum {string} */
            finishReason: "SUCCESS" | "ERROR" | "CONTENT_FILTERED";
            /** @description The seed used for this image. */
            seed?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The answer of a v1 generation when `Accept` is `application/json`. */
        StabilityArtifactsResponse: {
            artifacts: components["schemas"]["StabilityArtifact"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Error body of the Stability v1 routes.
         * @example {
         *       "id": "9160aa70222f5e2a2b3a7a4e52e6d01a",
         *       "name": "bad_request",
         *       "message": "body.text_prompts: at least one prompt is required"
         *     }
         */
        StabilityV1Error: {
            /** @description Identifier of the failed request, for support. */
            id?: string;
            /** @description Short error name, e.g. `bad_request`, `not_found`. */
            name: string;
            /** @description Human-readable explanation. */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Base visual style a custom style is built on.
         * @enum {string}
         */
        RecraftBaseStyle: "realistic_image" | "digital_illustration" | "vector_illustration" | "icon";
        /** @description Form fields of a style creation. Each reference image is sent as its own `file` part. */
        RecraftCreateStyleRequest: {
            style: components["schemas"]["RecraftBaseStyle"];
            /** @description One to five reference images (PNG, JPG or WEBP), one `file` part each. */
            file: string[];
        };
        RecraftCreateStyleResponse: {
            /**
             * Format: uuid
             * @description The new style's id; pass it as `style_id` when generating.
             */
            id: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A colour as `[r, g, b]`, each 0–255. */
        RecraftRgb: {
            rgb: number[];
        };
        /** @description Extra controls for a generation. */
        RecraftControls: {
            /** @description Preferred colours of the image. */
            colors?: components["schemas"]["RecraftRgb"][];
            background_color?: components["schemas"]["RecraftRgb"];
        } & {
            [key: string]: unknown;
        };
        /** @description A text to place on the image (recraftv3 only) and its bounding box as four relative corner points. */
        RecraftTextLayoutItem: {
            text: string;
            bbox: number[][];
        };
        RecraftGenerateImageRequest: {
            /** @description What to draw. */
            prompt: string;
            /**
             * @description Number of images.
             * @default 1
             */
            n?: number;
            /**
             * Format: uuid
             * @description A custom style created with the styles route; do not combine with `style`.
             */
            style_id?: string;
            /**
             * @description Base style of the image.
             * @default realistic_image
             * @enum {string}
             */
            style?: "realistic_image" | "digital_illustration" | "vector_illustration" | "icon" | "any";
            /** @description A substyle of `style`, e.g. `hand_drawn` for `digital_illustration`. */
            substyle?: string;
            /**
             * @default recraftv3
             * @enum {string}
             */
            model?: "recraftv3" | "recraftv2";
            /**
             * @default url
             * @enum {string}
             */
            response_format?: "url" | "b64_json";
            /**
             * @default 1024x1024
             * @enum {string}
             */
            size?: "1024x1024" | "1365x1024" | "1024x1365" | "1536x1024" | "1024x1536" | "1820x1024" | "1024x1820" | "1024x2048" | "2048x1024" | "1434x1024" | "1024x1434" | "1024x1280" | "1280x1024" | "1024x1707" | "1707x1024";
            controls?: components["schemas"]["RecraftControls"];
            /** @description Texts to lay out on the image (recraftv3 only). */
            text_layout?: components["schemas"]["RecraftTextLayoutItem"][];
        };
        /** @description One generated image; `url` (valid about 24 hours) or `b64_json`, following `response_format`. */
        RecraftImage: {
            /** Format: uri */
            url?: string;
            b64_json?: string;
            /** Format: uuid */
            image_id?: string;
        } & {
            [key: string]: unknown;
        };
        RecraftImagesResponse: {
            /** @description Unix time (seconds) of the generation. */
            created?: number;
            data: components["schemas"]["RecraftImage"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Form fields of an operation on one uploaded image. */
        RecraftImageFileRequest: {
            /**
             * Format: binary
             * @description The image (PNG, JPG or WEBP, at most 5 MB).
             */
            file: string;
            /**
             * @description Return a URL (default) or the image base64-encoded.
             * @default url
             * @enum {string}
             */
            response_format?: "url" | "b64_json";
        };
        RecraftImageFileResponse: {
            /** @description The result; `url` (valid about 24 hours) or `b64_json`. */
            image: {
                /** Format: uri */
                url?: string;
                b64_json?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A keyframe image and where it sits in the video. */
        RunwayPromptImage: {
            /** @description HTTPS URL or `data:image/...;base64,` URI of the image. */
            uri: string;
            /**
             * @default first
             * @enum {string}
             */
            position?: "first" | "last";
        };
        RunwayImageToVideoRequest: {
            /**
             * @description The start image as an HTTPS URL or data URI, or a list of keyframes (`first` and/or
             *     `last` frame).
             */
            promptImage: string | components["schemas"]["RunwayPromptImage"][];
            /**
             * @description Video model, e.g. `gen3a_turbo`.
             * @example gen3a_turbo
             */
            model: string;
            /** @description What should happen in the video. */
            promptText?: string;
            /** @description Randomness seed; random when omitted. */
            seed?: number;
            /**
             * @description Add a Runway watermark.
             * @default false
             */
            watermark?: boolean;
            /**
             * @description Video length in seconds.
             * @default 10
             * @enum {integer}
             */
            duration?: 5 | 10;
            /**
             * @description Output aspect ratio. Runway's 2024 values are `16:9` and `9:16`; newer API versions use `1280:768` and `768:1280`.
             * @enum {string}
             */
            ratio?: "16:9" | "9:16" | "1280:768" | "768:1280";
        };
        RunwayTaskCreated: {
            /**
             * Format: uuid
             * @description Task id; poll it with the task route.
             */
            id: string;
        } & {
            [key: string]: unknown;
        };
        RunwayTask: {
            /** Format: uuid */
            id: string;
            /**
             * @description `THROTTLED` means waiting for a free slot of the account.
             * @enum {string}
             */
            status: "PENDING" | "THROTTLED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
            /** Format: date-time */
            createdAt?: string;
            /** @description Fraction done while `RUNNING`. */
            progress?: number;
            /** @description URLs of the generated video(s) once `SUCCEEDED`; they expire after a while. */
            output?: string[];
            /** @description Why the task failed. */
            failure?: string;
            /** @description Machine-readable failure code. */
            failureCode?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of a FLUX 1.1 [pro] generation. */
        FluxPro11Request: {
            /** @description What to draw. */
            prompt: string;
            /**
             * @description Image width in pixels.
             * @default 1024
             */
            width?: number;
            /**
             * @description Image height in pixels.
             * @default 768
             */
            height?: number;
            /**
             * @description Let the model rewrite the prompt for more detail.
             * @default false
             */
            prompt_upsampling?: boolean;
            /** @description Randomness seed; random when omitted. */
            seed?: number;
            /**
             * @description Moderation tolerance, 0 (strictest) to 6 (most permissive).
             * @default 2
             */
            safety_tolerance?: number;
            /**
             * @default jpeg
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
        };
        /** @description Body of a FLUX.1 [pro] generation (FLUX 1.1 [pro]'s fields plus sampling controls). */
        FluxProRequest: {
            /** @description What to draw. */
            prompt: string;
            /** @default 1024 */
            width?: number;
            /** @default 768 */
            height?: number;
            /**
             * @description Number of diffusion steps.
             * @default 40
             */
            steps?: number;
            /**
             * @description How strictly the image follows the prompt.
             * @default 2.5
             */
            guidance?: number;
            /**
             * @description Variety of the output; higher is more dynamic.
             * @default 2
             */
            interval?: number;
            /** @default false */
            prompt_upsampling?: boolean;
            seed?: number;
            /** @default 2 */
            safety_tolerance?: number;
            /**
             * @default jpeg
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
        };
        /** @description Body of a FLUX.1 [dev] generation (FLUX 1.1 [pro]'s fields plus `steps` and `guidance`). */
        FluxDevRequest: {
            /** @description What to draw. */
            prompt: string;
            /** @default 1024 */
            width?: number;
            /** @default 768 */
            height?: number;
            /**
             * @description Number of diffusion steps.
             * @default 28
             */
            steps?: number;
            /**
             * @description How strictly the image follows the prompt.
             * @default 3
             */
            guidance?: number;
            /** @default false */
            prompt_upsampling?: boolean;
            seed?: number;
            /** @default 2 */
            safety_tolerance?: number;
            /**
             * @default jpeg
             * @enum {string}
             */
            output_format?: "jpeg" | "png";
        };
        FluxSubmitResponse: {
            /**
             * Format: uuid
             * @description Task id; pass it to `get_result`.
             */
            id: string;
            /**
             * Format: uri
             * @description Newer BFL versions also return a URL to poll.
             */
            polling_url?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The finished image. */
        FluxResult: {
            /**
             * Format: uri
             * @description Short-lived signed URL of the image; download it promptly.
             */
            sample: string;
            prompt?: string;
            seed?: number;
            /** @description Unix time (seconds) when generation started. */
            start_time?: number;
            /** @description Unix time (seconds) when generation ended. */
            end_time?: number;
            /** @description Generation time in seconds. */
            duration?: number;
        } & {
            [key: string]: unknown;
        };
        FluxGetResultResponse: {
            id: string;
            /**
             * @description `Ready` means `result.sample` holds the image; the moderated, error and not-found states are final.
             * @enum {string}
             */
            status: "Task not found" | "Pending" | "Request Moderated" | "Content Moderated" | "Ready" | "Error";
            /** @description Set once `Ready`. */
            result?: null | components["schemas"]["FluxResult"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Aspect ratio of the image; do not combine with `resolution`.
         * @default ASPECT_1_1
         * @enum {string}
         */
        IdeogramAspectRatio: "ASPECT_10_16" | "ASPECT_16_10" | "ASPECT_9_16" | "ASPECT_16_9" | "ASPECT_3_2" | "ASPECT_2_3" | "ASPECT_4_3" | "ASPECT_3_4" | "ASPECT_1_1" | "ASPECT_1_3" | "ASPECT_3_1";
        /**
         * @description Ideogram model version.
         * @default V_2
         * @enum {string}
         */
        IdeogramModel: "V_1" | "V_1_TURBO" | "V_2" | "V_2_TURBO";
        /**
         * @description Whether Ideogram may rewrite the prompt ("magic prompt").
         * @enum {string}
         */
        IdeogramMagicPromptOption: "AUTO" | "ON" | "OFF";
        /**
         * @description Style of the image (V_2 and later only).
         * @enum {string}
         */
        IdeogramStyleType: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "RENDER_3D" | "ANIME";
        /** @description A preset palette by `name`, or explicit `members` colours (V_2 and later only). */
        IdeogramColorPalette: {
            /** @enum {string} */
            name: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        } | {
            members: {
                color_hex: string;
                color_weight?: number;
            }[];
        };
        /** @description Generation settings (the `image_request` object). */
        IdeogramImageRequest: {
            /** @description What to draw. */
            prompt: string;
            aspect_ratio?: components["schemas"]["IdeogramAspectRatio"];
            model?: components["schemas"]["IdeogramModel"];
            magic_prompt_option?: components["schemas"]["IdeogramMagicPromptOption"];
            seed?: number;
            style_type?: components["schemas"]["IdeogramStyleType"];
            /** @description What should not appear in the image. */
            negative_prompt?: string;
            /** @default 1 */
            num_images?: number;
            /** @description Exact output resolution such as `RESOLUTION_1024_1024` (V_2 and later; do not combine with `aspect_ratio`). */
            resolution?: string;
            color_palette?: components["schemas"]["IdeogramColorPalette"];
        };
        IdeogramGenerateRequest: {
            image_request: components["schemas"]["IdeogramImageRequest"];
        };
        /** @description Remix settings, i.e. the generation settings plus how strongly the input image counts. */
        IdeogramRemixImageRequest: {
            prompt: string;
            aspect_ratio?: components["schemas"]["IdeogramAspectRatio"];
            model?: components["schemas"]["IdeogramModel"];
            magic_prompt_option?: components["schemas"]["IdeogramMagicPromptOption"];
            seed?: number;
            style_type?: components["schemas"]["IdeogramStyleType"];
            negative_prompt?: string;
            /** @default 1 */
            num_images?: number;
            resolution?: string;
            color_palette?: components["schemas"]["IdeogramColorPalette"];
            /**
             * @description Influence of the input image, 1–100.
             * @default 50
             */
            image_weight?: number;
        };
        /** @description Form fields of a remix. */
        IdeogramRemixRequest: {
            /** @description The remix settings, sent as a JSON text part (`Content-Type: application/json`). */
            image_request: components["schemas"]["IdeogramRemixImageRequest"];
            /**
             * Format: binary
             * @description The input image (JPEG, WEBP or PNG).
             */
            image_file: string;
        };
        /** @description Upscale settings. */
        IdeogramUpscaleImageRequest: {
            /** @description Optional prompt to guide the upscale. */
            prompt?: string;
            /**
             * @description How close the result stays to the input.
             * @default 50
             */
            resemblance?: number;
            /**
             * @description How much detail is added.
             * @default 50
             */
            detail?: number;
            magic_prompt_option?: components["schemas"]["IdeogramMagicPromptOption"];
            /** @default 1 */
            num_images?: number;
            seed?: number;
        };
        /** @description Form fields of an upscale. */
        IdeogramUpscaleRequest: {
            /** @description The upscale settings, sent as a JSON text part (`{}` for the defaults). */
            image_request: components["schemas"]["IdeogramUpscaleImageRequest"];
            /**
             * Format: binary
             * @description The image to upscale (JPEG, WEBP or PNG).
             */
            image_file: string;
        };
        /** @description Form fields of a describe. */
        IdeogramDescribeRequest: {
            /**
             * Format: binary
             * @description The image to describe (JPEG, WEBP or PNG).
             */
            image_file: string;
        };
        IdeogramImage: {
            /** @description The prompt used (after magic-prompt rewriting). */
            prompt?: string;
            /** @description Output size, e.g. `1024x1024`. */
            resolution?: string;
            /** @description False when the image failed the safety check (then `url` may be absent). */
            is_image_safe?: boolean;
            seed?: number;
            /**
             * Format: uri
             * @description Image URL (valid about 24 hours; the relay says it proxies them).
             */
            url?: string;
            style_type?: string;
        } & {
            [key: string]: unknown;
        };
        IdeogramImagesResponse: {
            /** Format: date-time */
            created?: string;
            data: components["schemas"]["IdeogramImage"][];
        } & {
            [key: string]: unknown;
        };
        IdeogramDescribeResponse: {
            descriptions: ({
                text?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        IdeogramWebTaskRequest: {
            /** @description Id of the generation request to look up (查询id). */
            request_id: string;
        };
        /** @description The Ideogram account that owns the generation. */
        IdeogramWebUser: {
            badge?: string | null;
            display_handle?: string;
            photo_url?: string;
            subscription_plan_id?: string;
            user_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One image of a generation request. */
        IdeogramWebResponseImage: {
            /** @description True for the request's cover image. */
            cover?: boolean;
            descriptions?: unknown[];
            highest_fidelity?: boolean;
            /** @description True when `prompt` was written by the magic prompt. */
            is_autoprompt?: boolean;
            num_likes?: number;
            num_remixes?: number;
            /** @description The prompt used for this image. */
            prompt?: string;
            /** @description Image id; pass it to the upscale route. */
            response_id?: string;
            /** @description Image URL (not present on every image). */
            image_url?: string;
            self_like?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description One generation request and its progress. */
        IdeogramWebSamplingRequest: {
            /** @description E.g. `1:1`. */
            aspect_ratio?: string;
            can_upscale?: boolean;
            /** @description Progress in percent; 100 means done. */
            completion_percentage?: number;
            cover_response_id?: string;
            /** @description Unix time (seconds, fractional) of creation. */
            creation_time_float?: number;
            has_started?: boolean;
            height?: number;
            /** @description True once the images are ready. */
            is_completed?: boolean;
            /** @description Web-app model version, e.g. `V_0_3`. */
            model_version?: string;
            private?: boolean;
            request_id?: string;
            /** @description E.g. `TEXT_TO_IMAGE`. */
            request_type?: string;
            resolution?: number;
            responses?: components["schemas"]["IdeogramWebResponseImage"][];
            sampling_speed?: number;
            seed?: number;
            user?: components["schemas"]["IdeogramWebUser"];
            user_hparams?: {
                aspect_ratio?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The prompt as the user typed it. */
            user_prompt?: string;
            width?: number;
        } & {
            [key: string]: unknown;
        };
        IdeogramWebTaskResponse: {
            /** @description The requested generation (one entry per id asked for). */
            sampling_requests: components["schemas"]["IdeogramWebSamplingRequest"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Text-to-image settings, after the Ideogram web app's own sampling request. */
        IdeogramWebGenerateRequest: {
            /** @description What to draw. */
            prompt: string;
            /**
             * @description E.g. `1:1`, `16:9`, `9:16`.
             * @default 1:1
             */
            aspect_ratio?: string;
            /** @description Web-app model version string, e.g. `V_0_3` or `V_2`. */
            model_version?: string;
            /** @description E.g. `AUTO`, `GENERAL`, `REALISTIC`, `DESIGN`, `RENDER_3D`, `ANIME`. */
            style_type?: string;
            /** @description Keep the images out of the public gallery. */
            private?: boolean;
            /** @description Magic prompt, e.g. `AUTO`, `ON` or `OFF`. */
            use_autoprompt_option?: string;
            /** @description Speed tier as in the web app (0 = default). */
            sampling_speed?: number;
        };
        /** @description Remix settings, inferred. */
        IdeogramWebRemixRequest: {
            /** @description What the remixed image should show. */
            prompt: string;
            /** @description The input image as a URL or base64 string. */
            image: string;
            /** @description Influence of the input image. */
            image_weight?: number;
            /** @description E.g. `1:1`. */
            aspect_ratio?: string;
            model_version?: string;
        };
        /** @description Upscale settings, inferred. */
        IdeogramWebUpscaleRequest: {
            /** @description Id of an image from a finished request (`responses[].response_id` of the task query). */
            response_id: string;
            prompt?: string;
            resemblance?: number;
            detail?: number;
        };
        /** @description Image to describe, inferred. */
        IdeogramWebDescribeRequest: {
            /** @description The image as a URL or base64 string. */
            image: string;
        };
        /** @description Answer of a web-app submit, inferred; poll `request_id` with the task query. */
        IdeogramWebSubmitResponse: {
            request_id: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Descriptions of the image, inferred. */
        IdeogramWebDescribeResponse: {
            descriptions: ({
                text?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Kling model, e.g. `kling-v1` (default) or `kling-v1-5`.
         * @default kling-v1
         * @example kling-v1
         * @example kling-v1-5
         */
        KlingModelName: string;
        /**
         * @description `succeed` (sic) means finished; `failed` comes with `task_status_msg`.
         * @enum {string}
         */
        KlingTaskStatus: "submitted" | "processing" | "succeed" | "failed";
        KlingImageGenerationRequest: {
            model_name?: components["schemas"]["KlingModelName"];
            /** @description What to draw. */
            prompt: string;
            /** @description What should not appear (not allowed together with `image`). */
            negative_prompt?: string;
            /** @description Reference image as a URL or base64 string. */
            image?: string;
            /**
             * @description What the reference image fixes (kling-v1-5 with `image` only).
             * @enum {string}
             */
            image_reference?: "subject" | "face";
            /**
             * @description How closely the reference image is followed.
             * @default 0.5
             */
            image_fidelity?: number;
            /** @description How closely a reference face is followed (with `image_reference: face`). */
            human_fidelity?: number;
            /**
             * @description Number of images.
             * @default 1
             */
            n?: number;
            /**
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1" | "4:3" | "3:4" | "3:2" | "2:3";
            /**
             * Format: uri
             * @description URL Kling calls when the task status changes.
             */
            callback_url?: string;
        };
        /** @description Camera movement. `simple` takes exactly one non-zero value in `config`; the other types are presets without `config`. */
        KlingCameraControl: {
            /** @enum {string} */
            type: "simple" | "down_back" | "forward_up" | "right_turn_forward" | "left_turn_forward";
            config?: {
                horizontal?: number;
                vertical?: number;
                pan?: number;
                tilt?: number;
                roll?: number;
                zoom?: number;
            };
        };
        KlingText2VideoRequest: {
            model_name?: components["schemas"]["KlingModelName"];
            /** @description What should happen in the video. */
            prompt: string;
            negative_prompt?: string;
            /**
             * @description How strictly the video follows the prompt.
             * @default 0.5
             */
            cfg_scale?: number;
            /**
             * @description `std` is faster and cheaper, `pro` gives higher quality.
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            camera_control?: components["schemas"]["KlingCameraControl"];
            /**
             * @default 16:9
             * @enum {string}
             */
            aspect_ratio?: "16:9" | "9:16" | "1:1";
            /**
             * @description Video length in seconds (a string).
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** Format: uri */
            callback_url?: string;
            /** @description Your own id for the task, unique per account. */
            external_task_id?: string;
        };
        /** @description A region to move (motion brush) and its path. */
        KlingDynamicMask: {
            /** @description Mask image (URL or base64) marking the region. */
            mask: string;
            trajectories: {
                x: number;
                y: number;
            }[];
        };
        KlingImage2VideoRequest: {
            model_name?: components["schemas"]["KlingModelName"];
            /** @description Start frame as a URL or base64 string. */
            image: string;
            /** @description End frame as a URL or base64 string. */
            image_tail?: string;
            prompt?: string;
            negative_prompt?: string;
            /** @default 0.5 */
            cfg_scale?: number;
            /**
             * @default std
             * @enum {string}
             */
            mode?: "std" | "pro";
            /** @description Mask image (URL or base64) of the area that must stay still (motion brush). */
            static_mask?: string;
            dynamic_masks?: components["schemas"]["KlingDynamicMask"][];
            /**
             * @default 5
             * @enum {string}
             */
            duration?: "5" | "10";
            /** Format: uri */
            callback_url?: string;
            external_task_id?: string;
        };
        KlingSubmitResponse: {
            /** @description `0` on success. */
            code: number;
            message?: string;
            request_id?: string;
            data: {
                /** @description Task id; poll it with the query route of the same kind. */
                task_id: string;
                task_status: components["schemas"]["KlingTaskStatus"];
                /** @description Unix time in milliseconds. */
                created_at?: number;
                /** @description Unix time in milliseconds. */
                updated_at?: number;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        KlingVideo: {
            id?: string;
            /** Format: uri */
            url?: string;
            /** @description Length in seconds (a string). */
            duration?: string;
        } & {
            [key: string]: unknown;
        };
        KlingImage: {
            index?: number;
            /** Format: uri */
            url?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `videos` for video tasks, `images` for image tasks. */
        KlingTaskResult: {
            videos?: components["schemas"]["KlingVideo"][];
            images?: components["schemas"]["KlingImage"][];
        } & {
            [key: string]: unknown;
        };
        KlingTaskResponse: {
            /** @description `0` on success. */
            code: number;
            message?: string;
            request_id?: string;
            data: {
                task_id: string;
                task_status: components["schemas"]["KlingTaskStatus"];
                /** @description Why the task failed. */
                task_status_msg?: string;
                /** @description Unix time in milliseconds. */
                created_at?: number;
                /** @description Unix time in milliseconds. */
                updated_at?: number;
                task_result?: components["schemas"]["KlingTaskResult"];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Kling's error answer, i.e. the usual envelope with a non-zero `code`.
         * @example {
         *       "code": 1201,
         *       "message": "Invalid parameter: prompt is required",
         *       "request_id": "CjMKo2dVRdkAAAAAA5QPcQ"
         *     }
         */
        KlingErrorResponse: {
            /** @description Non-zero Kling error code (e.g. 1201 invalid parameter, 1102 balance exhausted, 1303 too many concurrent tasks, 5000 server error). */
            code: number;
            message: string;
            request_id?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request is malformed or a parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The relay key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The key may not use this model or route, or its quota is used up. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Unknown model, route or task. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many requests; retry after a pause. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The relay or the upstream provider failed (also sent as 502/503 by some relays). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request is malformed or a parameter is invalid (task routes). */
        RelayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
        /** @description The relay key is missing or invalid (task routes). */
        RelayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
        /** @description The key may not use this route, or its quota is used up (task routes). */
        RelayForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
        /** @description Unknown task id or route (task routes). */
        RelayNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
        /** @description Too many requests; retry after a pause (task routes). */
        RelayRateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
        /** @description The relay or the upstream provider failed (task routes). */
        RelayServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RelayErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /**
             * @description The answer: a `ChatCompletion` object, or (with `stream: true`) a server-sent event
             *     stream of `ChatCompletionChunk` payloads ending with `data: [DONE]`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompletionRequest"];
            };
        };
        responses: {
            /**
             * @description The completion: a `Completion` object, or (with `stream: true`) a server-sent event
             *     stream of `CompletionChunk` payloads ending with `data: [DONE]`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Completion"];
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"];
            };
        };
        responses: {
            /** @description The vectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranscriptionRequest"];
            };
        };
        responses: {
            /** @description The text, in the format asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioTranscriptionResult"];
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateTranslationRequest"];
            };
        };
        responses: {
            /** @description The English text, in the format asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioTranscriptionResult"];
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createSpeech: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeechRequest"];
            };
        };
        responses: {
            /** @description The audio file, encoded as asked for by `response_format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                    "audio/opus": string;
                    "audio/aac": string;
                    "audio/flac": string;
                    "audio/wav": string;
                    "audio/pcm": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    mjSubmitSwapFace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjSwapFaceRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjActionRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitBlend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjBlendRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjDescribeRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitImagine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjImagineRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitModal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjModalRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjSubmitShorten: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjShortenRequest"];
            };
        };
        responses: {
            /**
             * @description Submit outcome. HTTP 200 is also used for refused submits: check `code` (1 or 22 =
             *     accepted, `result` is the task id; anything else is a failure). Then poll
             *     `GET /mj/task/{id}/fetch` with `result`, or wait for the `notifyHook` callback.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjListTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjListTasksByCondition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjListByConditionRequest"];
            };
        };
        responses: {
            /** @description The tasks found, as an array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjQueryTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MjQueryRequest"];
            };
        };
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskPage"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjListQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued and running tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTaskList"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjCancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancel outcome; `code` 1 means the task was cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjSubmitResult"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjFetchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjTask"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    mjGetImageSeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (the `result` of the submit). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MjImageSeedResult"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    sunoV30CreateMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/v3.0/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    sunoV30GetMusic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `data.task_id` returned by generate or concat. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its clips. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoFetchResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    sunoV30ConcatMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoConcatRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/v3.0/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    sunoV35CreateMusic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SunoGenerateRequest"];
            };
        };
        responses: {
            /** @description The task was accepted; poll `GET /suno/v1/music/{task_id}` with `data.task_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    sunoV35GetMusic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `data.task_id` returned by generate or concat. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its clips. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SunoFetchResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    lumaCreateGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LumaGenerateRequest"];
            };
        };
        responses: {
            /** @description The new generation, usually `state: pending`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    lumaGetGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The generation `id` returned by generate or extend. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    lumaExtendGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The finished generation to extend. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LumaExtendRequest"];
            };
        };
        responses: {
            /** @description The new (extending) generation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LumaGeneration"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    stabilityGenerateUltra: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilityUltraRequest"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    /** @description `SUCCESS` or `CONTENT_FILTERED` (sent with binary answers). */
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    /** @description The seed that was used (sent with binary answers). */
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilityGenerateCore: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilityCoreRequest"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    /** @description `SUCCESS` or `CONTENT_FILTERED` (sent with binary answers). */
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    /** @description The seed that was used (sent with binary answers). */
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilityGenerateSd3: {
        parameters: {
            query?: never;
            header?: {
                /** @description `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */
                accept?: "image/*" | "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StabilitySd3Request"];
            };
        };
        responses: {
            /** @description The generated image (bytes or base64 JSON, following the `accept` header). */
            200: {
                headers: {
                    /** @description `SUCCESS` or `CONTENT_FILTERED` (sent with binary answers). */
                    "finish-reason"?: "SUCCESS" | "CONTENT_FILTERED";
                    /** @description The seed that was used (sent with binary answers). */
                    seed?: number;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "application/json": components["schemas"]["StabilityImageResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description The request was flagged by content moderation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description The request (with its start image) is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Well-formed but rejected, e.g. a prompt in an unsupported language. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV2Error"];
                };
            };
        };
    };
    stabilitySdxlTextToImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `application/json` for base64 artifacts, `image/png` for the PNG bytes. */
                Accept?: "application/json" | "image/png";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StabilitySdxlRequest"];
            };
        };
        responses: {
            /** @description The generated images (JSON artifacts or PNG bytes, following the `Accept` header). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityArtifactsResponse"];
                    "image/png": string;
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description Unknown engine. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
        };
    };
    stabilityEngineTextToImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `application/json` for base64 artifacts, `image/png` for the PNG bytes. */
                Accept?: "application/json" | "image/png";
            };
            path: {
                /**
                 * @description The v1 engine to run.
                 * @example stable-diffusion-v1-6
                 */
                engine_id: "stable-diffusion-xl-1024-v1-0" | "stable-diffusion-v1-6" | "stable-diffusion-xl-beta-v2-2-2";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StabilitySdxlRequest"];
            };
        };
        responses: {
            /** @description The generated images (JSON artifacts or PNG bytes, following the `Accept` header). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityArtifactsResponse"];
                    "image/png": string;
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description Unknown engine. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
            /** @description Stability or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StabilityV1Error"];
                };
            };
        };
    };
    recraftCreateStyle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftCreateStyleRequest"];
            };
        };
        responses: {
            /** @description The new style. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftCreateStyleResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    recraftGenerateImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecraftGenerateImageRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImagesResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    recraftVectorizeImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The SVG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    recraftRemoveBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The cut-out PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    recraftClarityUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The upscaled image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    recraftGenerativeUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RecraftImageFileRequest"];
            };
        };
        responses: {
            /** @description The upscaled image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecraftImageFileResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    runwayCreateImageToVideo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Runway API version. Required by Runway itself; the relay may set it for you.
                 * @example 2024-11-06
                 */
                "X-Runway-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunwayImageToVideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayTaskCreated"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    runwayGetTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Runway API version. Required by Runway itself; the relay may set it for you.
                 * @example 2024-11-06
                 */
                "X-Runway-Version"?: string;
            };
            path: {
                /**
                 * @description Task id returned by the submit route.
                 * @example 17f20503-6c24-4c16-946b-35dbbce2af2f
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunwayTask"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    fluxCreatePro11: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxPro11Request"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    fluxCreatePro: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxProRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    fluxCreateDev: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxDevRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    fluxGetResult: {
        parameters: {
            query: {
                /**
                 * @description Task id returned by a submit route.
                 * @example 3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60
                 */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's status and, once ready, its result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FluxGetResultResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramGenerateRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramRemix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramRemixRequest"];
            };
        };
        responses: {
            /** @description The remixed images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramUpscaleRequest"];
            };
        };
        responses: {
            /** @description The upscaled images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramImagesResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IdeogramDescribeRequest"];
            };
        };
        responses: {
            /** @description The descriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramDescribeResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramWebGetTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extra token shown on the page in addition to the Bearer key; its purpose is not documented.
                 * @example 12345678
                 */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebTaskRequest"];
            };
        };
        responses: {
            /** @description The generation request and its images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebTaskResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            404: components["responses"]["RelayNotFound"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramWebGenerate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extra token the task query page shows; assumed to apply here too.
                 * @example 12345678
                 */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebGenerateRequest"];
            };
        };
        responses: {
            /** @description The generation request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramWebRemix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extra token the task query page shows; assumed to apply here too.
                 * @example 12345678
                 */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebRemixRequest"];
            };
        };
        responses: {
            /** @description The remix request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramWebUpscale: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extra token the task query page shows; assumed to apply here too.
                 * @example 12345678
                 */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebUpscaleRequest"];
            };
        };
        responses: {
            /** @description The upscale request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebSubmitResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    ideogramWebDescribe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extra token the task query page shows; assumed to apply here too.
                 * @example 12345678
                 */
                "Access-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramWebDescribeRequest"];
            };
        };
        responses: {
            /** @description The descriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeogramWebDescribeResponse"];
                };
            };
            400: components["responses"]["RelayBadRequest"];
            401: components["responses"]["RelayUnauthorized"];
            403: components["responses"]["RelayForbidden"];
            429: components["responses"]["RelayRateLimited"];
            500: components["responses"]["RelayServerError"];
        };
    };
    klingCreateImageGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingImageGenerationRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetImageGenerationTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task id returned by the image generation route.
                 * @example CjhR7WdVRdkAAAAAA7Hm5Q
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingCreateText2Video: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingText2VideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetText2VideoTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task id returned by the text-to-video route.
                 * @example CjMKo2dVRdkAAAAAA5QPcQ
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingCreateImage2Video: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlingImage2VideoRequest"];
            };
        };
        responses: {
            /** @description The task was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingSubmitResponse"];
                };
            };
            /** @description Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description Too many concurrent tasks or requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
    klingGetImage2VideoTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Task id returned by the image-to-video route.
                 * @example CjikY2dVRdkAAAAAA6Wy1g
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingTaskResponse"];
                };
            };
            401: components["responses"]["RelayUnauthorized"];
            /** @description No task with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
            /** @description Kling or the relay failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlingErrorResponse"];
                };
            };
        };
    };
}

import type { components } from './schema.js';
/** Body of the `notifyHook` callback of `client.render.tasks.create()` (submitRender): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.render.tasks.parseCallback(body)` (a task snapshot). */
export type RenderTasksCreateNotifyHookPayload = components['schemas']['RenderTask'];

/**
 * A small task API whose polls take the id from the query and from the body, and whose submit
 * declares callbacks of several kinds: the task itself (JSON with the status), another JSON
 * payload, a urlencoded form and plain text. `extra` adds a second required input to one poll.
 */
export function taskSpec(extra: { queryPoll?: boolean; bodyPoll?: boolean } = {}): string {
  return `
openapi: 3.1.0
info: { title: Job Api, version: 1.0.0 }
servers: [{ url: 'https://jobs.example.com' }]
paths:
  /jobs:
    post:
      operationId: createJob
      tags: [jobs]
      x-task: { family: job, id: /id }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: { type: string }
                hook: { type: string, format: uri }
      callbacks:
        onStatus:
          '{$request.body#/hook}':
            post:
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
              responses: { '200': { description: ok } }
        onBilled:
          '{$request.body#/hook}':
            put:
              requestBody:
                content:
                  application/json:
                    schema: { type: object, required: [amount], properties: { amount: { type: number } } }
              responses: { '200': { description: ok } }
        onForm:
          '{$request.body#/hook}':
            patch:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: { type: object, properties: { id: { type: string }, state: { type: string } } }
              responses: { '200': { description: ok } }
        onText:
          '{$request.body#/hook}':
            delete:
              requestBody: { content: { text/plain: { schema: { type: string } } } }
              responses: { '200': { description: ok } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
    get:
      operationId: getJob
      tags: [jobs]
      parameters:
        - { name: id, in: query, required: true, schema: { type: string } }
        - { name: X-Trace, in: header, schema: { type: string } }${
          extra.queryPoll
            ? '\n        - { name: region, in: query, required: true, schema: { type: string } }'
            : ''
        }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /reports:
    post:
      operationId: createReport
      tags: [reports]
      x-task: { family: report, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /reports/query:
    post:
      operationId: queryReport
      tags: [reports]
      x-retry: safe
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [${extra.bodyPoll ? 'report_id, tenant' : 'report_id'}]
              properties:
                report_id: { type: string }
                tenant: { type: string }
                verbose: { type: boolean }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
components:
  schemas:
    Job:
      type: object
      required: [id, status]
      properties:
        id: { type: string }
        status: { type: string, enum: [queued, running, done, failed] }
        url: { type: string }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /status
    result: [/url]
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [] }
    intervalMs: 10
    timeoutMs: 10000
  report:
    poll: { operationId: queryReport, param: report_id }
    status: /status
    result: [/url]
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [] }
    intervalMs: 10
    timeoutMs: 10000
`;
}

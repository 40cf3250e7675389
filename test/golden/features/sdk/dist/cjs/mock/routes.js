"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routes = void 0;
exports.routes = JSON.parse(`{
  "title": "Features Fixture",
  "version": "0.0.1",
  "basePath": "",
  "serverUrl": "https://api.example.com",
  "schemas": {
    "AssistantMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "assistant"
        },
        "content": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "role"
      ]
    },
    "ChatChunk": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "chat.completion.chunk"
        },
        "choices": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "index": {
                "type": "integer"
              },
              "delta": {
                "type": "object",
                "properties": {
                  "role": {
                    "type": "string"
                  },
                  "content": {
                    "type": "string"
                  }
                }
              },
              "finish_reason": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "required": [
              "index",
              "delta"
            ]
          }
        }
      },
      "required": [
        "id",
        "object",
        "choices"
      ]
    },
    "ChatCompletion": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "chat.completion"
        },
        "created": {
          "type": "integer"
        },
        "model": {
          "type": "string"
        },
        "choices": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "index": {
                "type": "integer"
              },
              "message": {
                "$ref": "#/$defs/AssistantMessage"
              },
              "finish_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "stop",
                  "length",
                  null
                ]
              }
            },
            "required": [
              "index",
              "message"
            ]
          }
        }
      },
      "required": [
        "id",
        "object",
        "choices"
      ]
    },
    "ChatMessage": {
      "oneOf": [
        {
          "$ref": "#/$defs/SystemMessage"
        },
        {
          "$ref": "#/$defs/UserMessage"
        },
        {
          "$ref": "#/$defs/AssistantMessage"
        }
      ],
      "discriminator": {
        "propertyName": "role",
        "mapping": {
          "system": "#/$defs/SystemMessage",
          "user": "#/$defs/UserMessage",
          "assistant": "#/$defs/AssistantMessage"
        }
      }
    },
    "ChatRequest": {
      "type": "object",
      "properties": {
        "model": {
          "type": "string"
        },
        "messages": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ChatMessage"
          },
          "minItems": 1
        },
        "temperature": {
          "type": "number",
          "minimum": 0,
          "maximum": 2
        },
        "stream": {
          "type": "boolean"
        }
      },
      "required": [
        "model",
        "messages"
      ]
    },
    "ContentPart": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "text"
            },
            "text": {
              "type": "string"
            }
          },
          "required": [
            "type",
            "text"
          ]
        },
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "image_url"
            },
            "image_url": {
              "type": "object",
              "properties": {
                "url": {
                  "type": "string"
                },
                "detail": {
                  "type": "string",
                  "enum": [
                    "auto",
                    "low",
                    "high"
                  ]
                }
              },
              "required": [
                "url"
              ]
            }
          },
          "required": [
            "type",
            "image_url"
          ]
        }
      ]
    },
    "ErrorEnvelope": {
      "type": "object",
      "properties": {
        "error": {
          "type": "object",
          "properties": {
            "message": {
              "type": "string"
            },
            "type": {
              "type": "string"
            },
            "param": {
              "type": [
                "string",
                "null"
              ]
            },
            "code": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "message",
            "type"
          ]
        }
      },
      "required": [
        "error"
      ]
    },
    "FileObject": {
      "allOf": [
        {
          "type": "object",
          "properties": {
            "id": {
              "type": "string",
              "readOnly": true
            }
          },
          "required": [
            "id"
          ]
        },
        {
          "type": "object",
          "properties": {
            "bytes": {
              "type": "integer"
            },
            "filename": {
              "type": "string"
            },
            "purpose": {
              "type": "string"
            }
          }
        }
      ]
    },
    "RenderTask": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "waiting",
            "working",
            "done",
            "error",
            "stopped"
          ]
        },
        "progress": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "output": {
          "type": [
            "string",
            "null"
          ],
          "format": "uri"
        },
        "reason": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "status"
      ]
    },
    "SystemMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "system"
        },
        "content": {
          "type": "string"
        }
      },
      "required": [
        "role",
        "content"
      ]
    },
    "UserMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "enum": [
            "user"
          ]
        },
        "content": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/ContentPart"
              }
            }
          ]
        }
      },
      "required": [
        "role",
        "content"
      ]
    }
  },
  "securitySchemes": {
    "bearerAuth": {
      "type": "http",
      "scheme": "bearer"
    }
  },
  "operations": [
    {
      "operationId": "createChatCompletion",
      "method": "post",
      "path": "/v1/chat/completions",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "basic",
                  "value": {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 1700000000,
                    "model": "gpt-4o",
                    "choices": [
                      {
                        "index": 0,
                        "message": {
                          "role": "assistant",
                          "content": "This is a test."
                        },
                        "finish_reason": "stop"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ChatCompletion"
              }
            },
            {
              "mediaType": "text/event-stream",
              "kind": "event-stream",
              "examples": [
                {
                  "name": "generated",
                  "value": "string"
                }
              ],
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "messages is required",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "Invalid API key",
                      "type": "invalid_request_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "Rate limit reached",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "basic",
                "value": {
                  "model": "gpt-4o",
                  "messages": [
                    {
                      "role": "user",
                      "content": "Say this is a test"
                    }
                  ]
                }
              },
              {
                "name": "vision",
                "value": {
                  "model": "gpt-4o",
                  "messages": [
                    {
                      "role": "user",
                      "content": [
                        {
                          "type": "text",
                          "text": "What is in this image?"
                        },
                        {
                          "type": "image_url",
                          "image_url": {
                            "url": "https://cdn.example.com/cat.png"
                          }
                        }
                      ]
                    }
                  ]
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/ChatRequest"
            }
          }
        ]
      },
      "stream": {
        "requestFlag": "stream",
        "status": "200",
        "mediaType": "text/event-stream",
        "events": [
          {
            "id": "c1",
            "object": "chat.completion.chunk",
            "choices": [
              {
                "index": 0,
                "delta": {
                  "role": "assistant",
                  "content": ""
                },
                "finish_reason": null
              }
            ]
          },
          {
            "id": "c1",
            "object": "chat.completion.chunk",
            "choices": [
              {
                "index": 0,
                "delta": {
                  "content": "Hello"
                },
                "finish_reason": null
              }
            ]
          },
          {
            "id": "c1",
            "object": "chat.completion.chunk",
            "choices": [
              {
                "index": 0,
                "delta": {},
                "finish_reason": "stop"
              }
            ]
          }
        ],
        "terminator": "[DONE]",
        "itemSchema": {
          "$ref": "#/$defs/ChatChunk"
        }
      }
    },
    {
      "operationId": "listRenderTasks",
      "method": "get",
      "path": "/render/tasks",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "status",
          "in": "query",
          "required": false,
          "style": "form",
          "explode": true,
          "schema": {
            "type": "string",
            "enum": [
              "waiting",
              "working",
              "done",
              "error",
              "stopped"
            ]
          }
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "style": "form",
          "explode": true,
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": [
                    {
                      "id": "task_123",
                      "status": "done",
                      "progress": 100,
                      "output": "https://cdn.example.com/r/task_123.png"
                    }
                  ]
                }
              ],
              "schema": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/RenderTask"
                }
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "render",
        "role": "list",
        "items": ""
      }
    },
    {
      "operationId": "submitRender",
      "method": "post",
      "path": "/render/tasks",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "id": "task_123"
                  }
                }
              ],
              "schema": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  }
                },
                "required": [
                  "id"
                ]
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "messages is required",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "Invalid API key",
                      "type": "invalid_request_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "cat",
                "value": {
                  "prompt": "a cat in a hat",
                  "size": "512x512"
                }
              }
            ],
            "schema": {
              "type": "object",
              "properties": {
                "prompt": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 1000
                },
                "size": {
                  "type": "string",
                  "enum": [
                    "512x512",
                    "1024x1024"
                  ]
                },
                "notifyHook": {
                  "type": "string",
                  "format": "uri"
                }
              },
              "required": [
                "prompt"
              ]
            }
          }
        ]
      },
      "submit": {
        "family": "render",
        "idPointer": "/id",
        "pollOperationId": "getRenderTask"
      }
    },
    {
      "operationId": "getRenderTask",
      "method": "get",
      "path": "/render/tasks/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "working",
                  "value": {
                    "id": "task_123",
                    "status": "working",
                    "progress": 40,
                    "output": null
                  }
                },
                {
                  "name": "done",
                  "value": {
                    "id": "task_123",
                    "status": "done",
                    "progress": 100,
                    "output": "https://cdn.example.com/r/task_123.png"
                  }
                },
                {
                  "name": "error",
                  "value": {
                    "id": "task_123",
                    "status": "error",
                    "progress": 10,
                    "output": null,
                    "reason": "content policy"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RenderTask"
              }
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "error": {
                      "message": "task not found",
                      "type": "not_found",
                      "param": null,
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "render",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "pollTemplate": {
        "base": {
          "id": "task_123",
          "status": "waiting",
          "progress": 100,
          "output": null
        },
        "results": [
          {
            "pointer": "/output",
            "value": "https://cdn.example.com/r/task_123.png"
          }
        ],
        "errors": {
          "failed": "content policy"
        },
        "properties": [
          "id",
          "status",
          "progress",
          "output",
          "reason"
        ]
      }
    },
    {
      "operationId": "cancelRenderTask",
      "method": "post",
      "path": "/render/tasks/{task_id}/cancel",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "id": "task_123",
                    "status": "stopped",
                    "progress": 40,
                    "output": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RenderTask"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "render",
        "role": "cancel",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      }
    },
    {
      "operationId": "uploadFile",
      "method": "post",
      "path": "/files",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "default",
                  "value": {
                    "id": "file_1",
                    "bytes": 68,
                    "filename": "cat.png",
                    "purpose": "input"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/FileObject"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "generated",
                "value": {
                  "file": "",
                  "purpose": "input"
                }
              }
            ],
            "schema": {
              "type": "object",
              "properties": {
                "file": {
                  "type": "string",
                  "format": "binary"
                },
                "purpose": {
                  "type": "string",
                  "enum": [
                    "input",
                    "mask"
                  ]
                }
              },
              "required": [
                "file",
                "purpose"
              ]
            },
            "encoding": {
              "file": "image/png, image/jpeg"
            }
          }
        ]
      }
    },
    {
      "operationId": "downloadFile",
      "method": "get",
      "path": "/files/{file_id}/content",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "file_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "generated",
                  "value": {
                    "error": {
                      "message": "string",
                      "type": "string",
                      "param": "string",
                      "code": "string"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              }
            }
          ]
        }
      ],
      "callbacks": []
    }
  ],
  "taskFamilies": [
    {
      "name": "render",
      "status": "/status",
      "result": [
        "/output"
      ],
      "states": {
        "queued": [
          "waiting"
        ],
        "running": [
          "working"
        ],
        "succeeded": [
          "done"
        ],
        "failed": [
          "error"
        ],
        "cancelled": [
          "stopped"
        ]
      },
      "intervalMs": 2000,
      "progress": {
        "pointer": "/progress",
        "scale": "percent"
      },
      "error": "/reason",
      "taskId": "/id",
      "exampleIds": [
        "task_123"
      ]
    }
  ]
}`);

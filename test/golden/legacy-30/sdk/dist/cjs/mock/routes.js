"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routes = void 0;
exports.routes = JSON.parse(`{
  "title": "Legacy Store",
  "version": "2.1.0",
  "basePath": "/api",
  "serverUrl": "https://store.example.com/api",
  "schemas": {
    "Item": {
      "type": "object",
      "properties": {
        "id": {
          "type": "integer",
          "format": "int64",
          "readOnly": true
        },
        "name": {
          "type": "string",
          "maxLength": 80
        },
        "price": {
          "type": "number",
          "minimum": 0
        },
        "note": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "name"
      ]
    },
    "Problem": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "code",
        "message"
      ]
    }
  },
  "securitySchemes": {
    "storeKey": {
      "type": "apiKey",
      "in": "header",
      "paramName": "X-Store-Key"
    }
  },
  "operations": [
    {
      "operationId": "getItems",
      "method": "get",
      "path": "/items",
      "security": [
        [
          "storeKey"
        ]
      ],
      "parameters": [
        {
          "name": "tags",
          "in": "query",
          "required": false,
          "style": "form",
          "explode": false,
          "schema": {
            "type": "array",
            "items": {
              "type": "string"
            }
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
            "maximum": 50,
            "exclusiveMinimum": 0
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
                      "id": 1,
                      "name": "lamp",
                      "price": 12.5,
                      "note": null
                    }
                  ]
                }
              ],
              "schema": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Item"
                }
              }
            }
          ]
        },
        {
          "status": "default",
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
                    "code": 1,
                    "message": "string"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/Problem"
              }
            }
          ]
        }
      ],
      "callbacks": []
    },
    {
      "operationId": "postItems",
      "method": "post",
      "path": "/items",
      "security": [
        [
          "storeKey"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "201",
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
                    "id": 2,
                    "name": "chair",
                    "price": 40,
                    "note": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/Item"
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
            "mediaType": "application/x-www-form-urlencoded",
            "kind": "urlencoded",
            "examples": [
              {
                "name": "generated",
                "value": {
                  "name": "string"
                }
              }
            ],
            "schema": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "price": {
                  "type": "number",
                  "minimum": 0
                }
              },
              "required": [
                "name"
              ]
            }
          }
        ]
      }
    },
    {
      "operationId": "getItemsItemId",
      "method": "get",
      "path": "/items/{item-id}",
      "security": [
        [
          "storeKey"
        ]
      ],
      "parameters": [
        {
          "name": "item-id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "integer",
            "format": "int64"
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
                    "id": 1,
                    "name": "lamp",
                    "price": 12.5,
                    "note": "fragile"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/Item"
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
                    "code": 404,
                    "message": "no such item"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/Problem"
              }
            }
          ]
        }
      ],
      "callbacks": []
    },
    {
      "operationId": "deleteItemsItemId",
      "method": "delete",
      "path": "/items/{item-id}",
      "security": [
        [
          "storeKey"
        ]
      ],
      "parameters": [
        {
          "name": "item-id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "integer",
            "format": "int64"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "isError": false,
          "headers": [],
          "contents": []
        }
      ],
      "callbacks": []
    },
    {
      "operationId": "putItemsItemIdPhoto",
      "method": "put",
      "path": "/items/{item-id}/photo",
      "security": [
        [
          "storeKey"
        ]
      ],
      "parameters": [
        {
          "name": "item-id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "integer"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "isError": false,
          "headers": [],
          "contents": []
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": false,
        "contents": [
          {
            "mediaType": "image/jpeg",
            "kind": "binary",
            "examples": [],
            "schema": {
              "type": "string",
              "format": "binary"
            }
          }
        ]
      }
    }
  ],
  "taskFamilies": []
}`);

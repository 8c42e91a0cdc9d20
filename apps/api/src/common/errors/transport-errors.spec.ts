import { clientError, routerError, transportErrorBody } from './transport-errors';

describe('transport errors', () => {
  it('maps router and socket errors to their status, in the one error body', () => {
    expect(routerError('FST_ERR_MAX_PARAM_LENGTH').statusCode).toBe(414);
    expect(routerError('FST_ERR_BAD_URL').statusCode).toBe(400);
    expect(clientError('ERR_HTTP_REQUEST_TIMEOUT').statusCode).toBe(408);
    expect(clientError('HPE_HEADER_OVERFLOW').statusCode).toBe(431);
    expect(clientError('HPE_INVALID_METHOD').statusCode).toBe(400);
    expect(transportErrorBody(clientError('ERR_HTTP_REQUEST_TIMEOUT'), 'req-1')).toEqual({
      statusCode: 408,
      code: 'REQUEST_TIMEOUT',
      message: 'The request took too long to arrive.',
      requestId: 'req-1',
    });
  });
});

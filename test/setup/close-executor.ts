import { afterAll } from 'vitest';
import { closeTestExecutor } from '../support/database.js';

afterAll(closeTestExecutor);

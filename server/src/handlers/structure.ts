import { buildStructure } from '../languageService/features/views/structureTree';
import { Requests } from '../languageService/features/views/protocol';
import { documentRequest } from './documentRequest';

/** `unResolution/structure`: the tree of the Resolution Structure view, the status item's counts and "go to paragraph". */
export const structureHandler = documentRequest(Requests.structure, 'the structure', (resolution, document) =>
	buildStructure(resolution, document));

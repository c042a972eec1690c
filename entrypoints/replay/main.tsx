import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { Replay } from './Replay';
import './style.css';

render(<Replay />, document.getElementById('app')!);

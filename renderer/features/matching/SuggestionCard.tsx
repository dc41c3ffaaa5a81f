// One ranked peer supporter: rank, score, one line per criterion (misses marked), and the way
// to choose them.
import { useState } from 'react';
import { Link } from 'react-router';
import type { MatchSuggestion } from '../../../shared/api/matching';
import { genderLabels } from '../people/people-labels';
import { ChoosePeerForm } from './ChoosePeerForm';

interface SuggestionCardProps {
  suggestion: MatchSuggestion;
  participantId: number;
  suggested: boolean;
  previousMatchId: number | null;
}

export function SuggestionCard({ suggestion, participantId, suggested, previousMatchId }: SuggestionCardProps) {
  const [choosing, setChoosing] = useState(false);
  const { peer, rank, score, reasons } = suggestion;
  const facts = [peer.region, peer.gender ? genderLabels[peer.gender] : null].filter(Boolean).join(' · ');
  return (
    <li className="suggestion">
      <div className="suggestion-heading">
        <h3>
          <span className="suggestion-rank">{rank}.</span> <Link to={`/peer-supporters/${peer.id}`}>{peer.name}</Link>
        </h3>
        <span className="suggestion-score">Score {score}</span>
        {facts ? <span className="suggestion-facts">{facts}</span> : null}
      </div>
      <ul className="suggestion-reasons" aria-label={`Why ${peer.name} ranks ${rank}`}>
        {reasons.map((reason) => (
          <li key={reason.criterion} className={reason.points > 0 ? 'reason-hit' : 'reason-miss'}>
            <span className="reason-points">{reason.points > 0 ? `+${reason.points}` : 'no points'}</span> {reason.text}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button-small"
        aria-expanded={choosing}
        onClick={() => setChoosing((open) => !open)}
      >
        {choosing ? `Cancel choosing ${peer.name}` : `Choose ${peer.name}`}
      </button>
      {choosing ? (
        <ChoosePeerForm
          participantId={participantId}
          peer={peer}
          suggested={suggested}
          previousMatchId={previousMatchId}
        />
      ) : null}
    </li>
  );
}

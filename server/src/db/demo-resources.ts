// Demo resources for the library, written for Stepwise (not taken from any book or licensed worksheet).

export const DEMO_RESOURCES = [
  {
    title: 'Slow breathing: a two-minute reset',
    kind: 'exercise',
    tags: ['breathing', 'anxiety', 'stress'],
    body: `When your body is on alert, a longer out-breath tells it that things are safe enough to slow down.

1. Sit or stand so that your feet feel the floor.
2. Breathe in through your nose while you count to four.
3. Let the air out through your mouth while you count to six. Let your shoulders drop.
4. Repeat for about two minutes (around ten breaths).

If counting feels like a task, just make each out-breath a little longer than the in-breath. It is normal for your mind to wander; gently come back to the count.`,
  },
  {
    title: 'Grounding with your senses (5-4-3-2-1)',
    kind: 'exercise',
    tags: ['grounding', 'anxiety', 'panic'],
    body: `Use this when feelings get big or thoughts race. It brings your attention back to the here and now.

- **5** things you can see. Name them quietly: "a blue mug, a crack in the ceiling…"
- **4** things you can feel: your feet in your shoes, the chair, the air on your skin.
- **3** things you can hear, near or far.
- **2** things you can smell (or two smells you like, if nothing is there).
- **1** thing you can taste, or one slow sip of water.

Go slowly. There is no wrong answer.`,
  },
  {
    title: 'Getting going again: behavioural activation basics',
    kind: 'handout',
    tags: ['depression', 'activity', 'behavioural activation'],
    body: `When mood is low we tend to wait until we *feel* like doing things. Often it works the other way round: doing a little comes first, and a bit of energy or interest follows.

**How to start**
- Pick activities that give you a sense of **pleasure** (something you enjoy) or **mastery** (something you get done).
- Make them small and concrete: "walk to the corner shop" instead of "exercise more".
- Plan when and where you will do them.
- Afterwards, rate pleasure and mastery from 0 to 10. Low numbers still count; you did it.

Over a few weeks, patterns show which activities lift you the most.`,
  },
  {
    title: 'Sleep habits that help',
    kind: 'handout',
    tags: ['sleep'],
    body: `Good sleep is built during the day as much as at night. Choose one or two of these to try, rather than all at once.

- Get up at roughly the same time every day, weekends too.
- Get daylight in the morning, even ten minutes outside.
- Keep caffeine to before lunchtime.
- Wind down for 30 to 60 minutes before bed: dim lights, screens away, something calm.
- Use the bed for sleep (and intimacy) only. If you are awake and frustrated for what feels like 20 minutes, get up, do something quiet in low light, and return when sleepy.
- Keep a notepad by the bed for worries; they will still be there in the morning, written down.`,
  },
  {
    title: 'How to fill in a thought record',
    kind: 'worksheet',
    tags: ['thoughts', 'cbt'],
    body: `A thought record helps you slow down a moment when your mood shifted, and look at it from more than one side.

1. **Situation**: where were you, what was happening? Just the facts.
2. **Feelings**: name them and rate how strong each was (0 to 100).
3. **Thoughts**: what went through your mind? Mark the one that hit hardest (the "hot" thought) and how much you believed it.
4. **Evidence for** the hot thought.
5. **Evidence against** it: what would you say to a friend? What have you overlooked?
6. **A more balanced thought** that takes both sides into account, and how much you believe it.
7. **Re-rate your feelings.** Even a small change counts.`,
  },
  {
    title: 'Worry time',
    kind: 'exercise',
    tags: ['worry', 'anxiety'],
    body: `Instead of trying to stop worrying, give worry its own appointment.

- Choose 15 minutes at the same time each day (not right before bed).
- During the day, when a worry shows up, note it in a word or two and tell yourself "later".
- At worry time, go through your list. Some worries will have faded. For the rest, ask: *Is there something I can do about this?* If yes, plan a first step. If not, practise letting it be.
- When the 15 minutes are up, stop, and do something that needs your attention.`,
  },
  {
    title: 'Making a step smaller',
    kind: 'handout',
    tags: ['goals', 'homework'],
    body: `If a step did not happen, that is information, not failure. Usually the step was too big for this week.

Ask yourself:
- What is the smallest version of this that would still count? (Five minutes instead of twenty. One email instead of the whole inbox.)
- When exactly, and where? Tie it to something you already do: "after I brush my teeth…"
- What is most likely to get in the way, and what will I do if it happens?

A step you are 8 out of 10 sure you can do beats a perfect plan you are 4 out of 10 sure about.`,
  },
  {
    title: 'Riding the wave of an urge',
    kind: 'exercise',
    tags: ['urges', 'habits'],
    body: `Urges rise, peak and fall, usually within 20 to 30 minutes, even when we do not act on them.

1. Notice the urge and name it: "I am having the urge to…"
2. Rate it from 0 to 10.
3. Notice where you feel it in your body. Breathe into that place.
4. Imagine the urge as a wave. You do not need to stop it; you only need to stay on your board.
5. Re-rate every few minutes and watch it change.

Each time you ride a wave without acting, the next one tends to be a little easier.`,
  },
  {
    title: 'Being kind to yourself when it is hard',
    kind: 'exercise',
    tags: ['self-compassion', 'mood'],
    body: `When something goes wrong, many of us speak to ourselves more harshly than we would to anyone else.

Try three short steps:
1. **Notice**: "This is a hard moment."
2. **Remember you are not alone**: "Other people feel this way too."
3. **Offer kindness**: put a hand on your chest if that feels right, and say what you would say to a good friend: "You are doing your best. It makes sense that this hurts."

It may feel awkward at first. That is fine; it gets more natural with practice.`,
  },
  {
    title: 'Planning for a difficult moment (if-then plans)',
    kind: 'worksheet',
    tags: ['planning', 'goals', 'homework'],
    body: `Intentions work better when they are tied to a moment. An if-then plan links a situation to what you will do.

**If** [a specific situation or cue], **then I will** [a specific action].

Examples:
- If I sit down with my morning coffee, then I will open my breathing exercise.
- If I notice myself scrolling in bed after 11, then I will put the phone on the charger across the room.
- If I cancel plans because I feel low, then I will send one message to a friend instead.

Write one or two for this week. Keep them short enough to remember.`,
  },
  {
    title: 'A short walk, on purpose',
    kind: 'exercise',
    tags: ['activity', 'mood', 'mindfulness'],
    body: `A ten-minute walk can shift mood and energy, especially if you walk with attention.

- Leave your phone in your pocket.
- For the first minutes, notice your feet on the ground.
- Then widen your attention: colours, sounds, the temperature of the air.
- When your mind drifts to worries, notice that, and come back to your steps.

Afterwards, rate how you feel from 0 to 10, and compare it with before.`,
  },
] as const;

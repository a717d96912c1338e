-- SPDX-License-Identifier: GPL-3.0-or-later
-- Journey Studio bundled sample project (English).
-- Northbridge Bank — Platinum credit card: as-is and to-be customer journeys.
-- Northbridge Bank and every company, person and figure in it are fictional.
--
-- Data only: scripts/build-samples.sh creates the schema (core/storage/schema/v1.sql),
-- runs this script inside one transaction and writes credit-card-en.cjm.
-- Enum codes are those of core/model/enums.h; comments name them.

-- Project --------------------------------------------------------------------
INSERT INTO project (id, name, description, locale, created, modified) VALUES (
  'c1010000-0000-4000-8000-000000000001',
  'Northbridge Bank — Platinum credit card',
  'Customer journey of Northbridge Bank’s Platinum travel-rewards credit card, from the first ad to the annual-fee renewal. The as-is map is built from 2025 research (interviews, complaints, transactional NPS, operational data), including the card disputes service run by the outsourced provider TeleServe. The to-be map is the target experience for the 2026 improvement programme.',
  'en', '2026-03-02T09:00:00.000Z', '2026-03-18T16:42:10.000Z');

-- Personas -------------------------------------------------------------------
-- Persona 0: Amelia Hart
INSERT INTO persona (id, position, name, role, tier, share_percent, value_per_customer,
                     goals, needs, frustrations, quote, color, photo_id) VALUES (
  'c1020000-0000-4000-8000-000000000001', 0, 'Amelia Hart',
  'Frequent-flyer consultant (Premier customer)',
  0 /* VIP */, 8, 2400,
  'Earn travel rewards on business and family spending
Use airport lounges several times a year
Spend abroad without foreign transaction fees',
  'Fast, competent help when something goes wrong
A credit limit that covers large travel bookings
Recognition as a long-standing customer',
  'Repeating her story to several agents
Card declined abroad at the worst moment
Having to threaten to leave to get a fair deal',
  '“I pay for a premium card. I expect a premium service when things go wrong.”',
  '#b07aa1', NULL);

-- Persona 1: Daniel Okafor
INSERT INTO persona (id, position, name, role, tier, share_percent, value_per_customer,
                     goals, needs, frustrations, quote, color, photo_id) VALUES (
  'c1020000-0000-4000-8000-000000000002', 1, 'Daniel Okafor',
  'Everyday spender, pays in full every month',
  2 /* standard */, 65, 310,
  'Collect points on the weekly shop and the occasional holiday
Never pay interest
Keep an eye on spending in the app',
  'Clear fees and a clear amount to pay
Self-service for simple things
Quick alerts about anything unusual',
  'Small print and jargon
Long phone queues for simple questions
Paying an annual fee without knowing what he got for it',
  '“Just tell me what it costs and let me sort things out in the app.”',
  '#4e79a7', NULL);

-- ============================================================================
-- Journey 0 (as-is): Platinum card — first ad to renewal (as-is)
-- ============================================================================
INSERT INTO journey (id, position, name, scenario, state, as_is_journey_id, owner, status, tags) VALUES (
  'c1030000-0000-4000-8000-000000000001', 0,
  'Platinum card — first ad to renewal (as-is)',
  'Amelia, a long-standing current-account customer, sees the Platinum card advertised, applies in the app, waits for a referred decision, starts using the card, has to dispute an unknown charge through the outsourced disputes line and, a year later, decides whether the annual fee is worth paying again.',
  0 /* as-is */, NULL,
  'Cards CX team — Priya Raman', 2 /* validated */,
  '["retail","cards","as-is","outsourcing"]');

INSERT INTO journey_persona (journey_id, persona_id, position) VALUES
  ('c1030000-0000-4000-8000-000000000001', 'c1020000-0000-4000-8000-000000000001', 0),
  ('c1030000-0000-4000-8000-000000000001', 'c1020000-0000-4000-8000-000000000002', 1);

-- Lanes: one per built-in kind, plus a user-defined text lane.
INSERT INTO lane (id, journey_id, position, kind, title, visible) VALUES
  ('c1040000-0000-4000-8000-000000000001', 'c1030000-0000-4000-8000-000000000001',  0,  0 /* stage headers */, '', 1),
  ('c1040000-0000-4000-8000-000000000002', 'c1030000-0000-4000-8000-000000000001',  1,  1 /* touchpoints */, '', 1),
  ('c1040000-0000-4000-8000-000000000003', 'c1030000-0000-4000-8000-000000000001',  2,  7 /* channels */, '', 1),
  ('c1040000-0000-4000-8000-000000000004', 'c1030000-0000-4000-8000-000000000001',  3,  2 /* customer actions */, '', 1),
  ('c1040000-0000-4000-8000-000000000005', 'c1030000-0000-4000-8000-000000000001',  4,  3 /* thoughts */, '', 1),
  ('c1040000-0000-4000-8000-000000000006', 'c1030000-0000-4000-8000-000000000001',  5,  4 /* emotion */, '', 1),
  ('c1040000-0000-4000-8000-000000000007', 'c1030000-0000-4000-8000-000000000001',  6,  5 /* pain points */, '', 1),
  ('c1040000-0000-4000-8000-000000000008', 'c1030000-0000-4000-8000-000000000001',  7,  6 /* opportunities */, '', 1),
  ('c1040000-0000-4000-8000-000000000009', 'c1030000-0000-4000-8000-000000000001',  8,  8 /* backstage */, '', 1),
  ('c1040000-0000-4000-8000-00000000000a', 'c1030000-0000-4000-8000-000000000001',  9, 11 /* text */, 'Regulatory notes', 1),
  ('c1040000-0000-4000-8000-00000000000b', 'c1030000-0000-4000-8000-000000000001', 10,  9 /* metrics */, '', 1),
  ('c1040000-0000-4000-8000-00000000000c', 'c1030000-0000-4000-8000-000000000001', 11, 10 /* insights */, '', 1);

-- Stage 0: Discover ----------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000001', 'c1030000-0000-4000-8000-000000000001', 0,
  'Discover',
  'Notice a card that rewards the way I spend, without hidden costs',
  '#dbe9f6',
  'Ask the room which of these moments we actually control. The comparison site and word of mouth are earned, not paid — yet they shape expectations about the fee before the customer ever reaches us.');

-- Discover / 0: Sees sponsored ad on Instagram
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000001', 'c1050000-0000-4000-8000-000000000001', 0,
  'Sees sponsored ad on Instagram',
  'Carousel ad: “3× points on travel, airport lounge access, no foreign transaction fees”. Targeted at frequent travellers aged 28–55.',
  5 /* social */, 2 /* digital */,
  'Marketing — Paid Social', 0,
  'Scrolls past twice; taps on the third impression to read more.',
  'Lounge access sounds nice — what’s the catch with the annual fee?',
  'Curious, mildly sceptical',
  0, NULL, 1 /* partly data-backed */, 0,
  'Audience built from look-alike segments of existing Platinum holders. Creative is refreshed monthly by the media agency; cost per click is reported in the weekly marketing dashboard.');

-- Discover / 1: Notices Platinum poster in branch
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000002', 'c1050000-0000-4000-8000-000000000001', 1,
  'Notices Platinum poster in branch',
  'A1 poster and leaflets at the branch entrance while paying in a cheque.',
  6 /* store */, 1 /* physical */,
  'Branch Network', 0,
  'Picks up a leaflet and puts it in her bag.',
  'I’ll look at this properly at home.',
  'Neutral',
  0, NULL, 0 /* assumption */, 0,
  'Point-of-sale material printed centrally each quarter; branches often display out-of-date leaflets for a few weeks after a product change.');

-- Discover / 2: Receives “pre-selected” offer letter
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000003', 'c1050000-0000-4000-8000-000000000001', 2,
  'Receives “pre-selected” offer letter',
  'Personalised letter to current-account customers with an indicative APR and a QR code to the application page.',
  7 /* mail */, 1 /* physical */,
  'Direct Marketing', 0,
  'Opens the letter and scans the QR code later that evening.',
  '“Pre-selected” — does that mean I’m already approved?',
  'Flattered but wary',
  0, 1, 2 /* research-based */, 0,
  'Monthly selection from the CRM propensity model; printed and posted by a fulfilment house. QR links carry campaign codes so responses can be attributed.');

-- Discover / 3: Reads review on a comparison site
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000004', 'c1050000-0000-4000-8000-000000000001', 3,
  'Reads review on a comparison site',
  'Platinum is listed fourth in “Best travel credit cards”; the review highlights the £195 annual fee and a representative APR above competitors.',
  0 /* web */, 2 /* digital */,
  'MoneyCompare Ltd. (affiliate partner)', 1,
  'Compares Platinum side by side with two competitor cards.',
  'The other card has no fee but no lounges either. Is the fee worth it for me?',
  'Analytical, a little overwhelmed by small print',
  0, NULL, 1 /* partly data-backed */, 0,
  'Affiliate product feed is updated weekly by Partnerships. Mismatches between the feed and live product terms are only found by manual spot checks.');

-- Discover / 4: Visits the Platinum card landing page
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000005', 'c1050000-0000-4000-8000-000000000001', 4,
  'Visits the Platinum card landing page',
  'Product page with hero benefits, representative example and a “Check your eligibility” call to action.',
  0 /* web */, 2 /* digital */,
  'Digital Channels', 0,
  'Reads the benefits, scrolls to the fees, opens the Key Facts PDF.',
  'The benefits are clear. The fees are buried at the bottom.',
  'Interested',
  1, NULL, 2 /* research-based */, 0,
  'Page content managed in the CMS by Cards Product; legal copy approved by Compliance. Analytics tags track scroll depth and CTA clicks.');

-- Stage 1: Compare & decide --------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000002', 'c1030000-0000-4000-8000-000000000001', 1,
  'Compare & decide',
  'Be confident this card is right for me — and that I will be accepted',
  '#e3f1e0',
  'Customers decide here whether the fee is worth it. Look at how many different answers they get to the same question across web, chat and branch.');

-- Compare & decide / 0: Uses the rewards calculator
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000006', 'c1050000-0000-4000-8000-000000000002', 0,
  'Uses the rewards calculator',
  'Customer enters typical monthly spend; the calculator estimates 38,000 points a year, shown as “about £380 of flights”.',
  0 /* web */, 2 /* digital */,
  'Digital Channels', 0,
  'Tries three spending scenarios.',
  'So the fee pays for itself if we fly twice a year.',
  'Encouraged',
  1, NULL, 1 /* partly data-backed */, 0,
  'Calculator runs in the browser from an earn-rate table maintained by the Rewards team. The table was last updated before the Q3 earn-rate change.');

-- Compare & decide / 1: Runs the eligibility checker (soft search)
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000007', 'c1050000-0000-4000-8000-000000000002', 1,
  'Runs the eligibility checker (soft search)',
  'Soft search returns “90% likely to be approved” without affecting the credit file.',
  0 /* web */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Enters income and address; reads the result.',
  'Good — and it won’t show up on my credit score.',
  'Reassured',
  1, 2, 2 /* research-based */, 0,
  'Soft search via the credit reference agency API. The indicative result uses a simplified scorecard, not the full decision model, and gives no indication of the credit limit.');

-- Compare & decide / 2: Reads the Key Facts and summary box
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000008', 'c1050000-0000-4000-8000-000000000002', 2,
  'Reads the Key Facts and summary box',
  'An 11-page PDF: representative APR (variable), £195 annual fee, cash fee, foreign usage, default charges and the 14-day right to withdraw.',
  0 /* web */, 2 /* digital */,
  'Cards Product & Compliance', 0,
  'Skims the PDF on her phone, zooms in on the fee table.',
  'Why is this 11 pages? Does that APR even apply to me?',
  'Confused, a little anxious',
  -1, 1, 2 /* research-based */, 0,
  'Document generated from the product terms master. Every wording change needs Compliance sign-off, which takes four to six weeks.');

-- Compare & decide / 3: Asks questions in web chat
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000009', 'c1050000-0000-4000-8000-000000000002', 3,
  'Asks questions in web chat',
  'The chatbot answers the fee question with a help article and hands over to an agent after three failed intents. Average wait for an agent: 9 minutes.',
  4 /* chat */, 2 /* digital */,
  'Contact Centre — Digital Messaging', 0,
  'Asks whether the annual fee is refunded if she cancels in the first year.',
  'The bot keeps showing me the same article.',
  'Impatient',
  -1, NULL, 2 /* research-based */, 0,
  'Bot intents were trained on servicing queries, not pre-sales. Messaging agents handle both; prospects who are not yet customers have no CRM record.');

-- Compare & decide / 4: Talks to a branch adviser
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000a', 'c1050000-0000-4000-8000-000000000002', 4,
  'Talks to a branch adviser',
  'Walk-in conversation with a Personal Banker who explains the lounge allowance and the fee refund rules.',
  8 /* in person */, 0 /* human */,
  'Branch Network', 0,
  'Asks the questions the chatbot couldn’t answer.',
  'A real person explained it in two minutes.',
  'Reassured, ready to apply',
  1, NULL, 1 /* partly data-backed */, 0,
  'Branch advisers are targeted on current accounts, not cards. There is no referral code, so the branch gets no credit when the customer applies online afterwards.');

-- Stage 2: Apply -------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000003', 'c1030000-0000-4000-8000-000000000001', 2,
  'Apply',
  'Apply quickly and get a decision I understand',
  '#fdebd3',
  'The referred-decision wait is the first big dip. 22% of applicants land in it and we tell them nothing. Play the interview clip before discussing solutions.');

-- Apply / 0: Starts the application in the mobile app
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000b', 'c1050000-0000-4000-8000-000000000003', 0,
  'Starts the application in the mobile app',
  'Existing customers’ details are pre-filled after biometric login; six steps in total.',
  1 /* app */, 2 /* digital */,
  'Digital Channels', 0,
  'Logs in with Face ID and confirms address and contact details.',
  'Nice — they already know me.',
  'Pleased',
  1, NULL, 2 /* research-based */, 0,
  'Pre-fill from the core banking customer master. Address history older than three years must still be typed in by hand.');

-- Apply / 1: Enters income, outgoings and employment
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000c', 'c1050000-0000-4000-8000-000000000003', 1,
  'Enters income, outgoings and employment',
  'Asks for gross income, housing costs, dependants and employer. The session times out after 10 minutes of inactivity.',
  1 /* app */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Leaves the app to find a payslip and comes back to a timed-out session.',
  'I have to start this section again?',
  'Irritated',
  -1, 1, 2 /* research-based */, 0,
  'Affordability questions follow the creditworthiness rules (FCA CONC 5.2A). The timeout is set by the security policy for all app journeys, not tuned for applications.');

-- Apply / 2: Verifies identity with ID photo and selfie
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000d', 'c1050000-0000-4000-8000-000000000003', 2,
  'Verifies identity with ID photo and selfie',
  'Required when the customer’s KYC record is older than five years: passport or driving licence photo plus a liveness selfie.',
  1 /* app */, 2 /* digital */,
  'VeriPass Identity Services (ID verification vendor)', 1,
  'Tries three times because of glare on her driving licence.',
  'I’ve banked here for twelve years — why do I need to prove who I am?',
  'Frustrated, slightly insulted',
  -1, 1, 2 /* research-based */, 0,
  'Vendor SDK embedded in the app. After three failed attempts the case goes to the manual review queue in Financial Crime Operations (SLA: two working days).');

-- Apply / 3: Receives “we’ve got your application” email
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000e', 'c1050000-0000-4000-8000-000000000003', 3,
  'Receives “we’ve got your application” email',
  'Generic acknowledgement with no reference number and no expected decision time.',
  3 /* email */, 2 /* digital */,
  'Cards Operations', 0,
  'Reads it, files it.',
  'So… when will I know?',
  'Uncertain',
  0, NULL, 1 /* partly data-backed */, 0,
  'Triggered by the application-submitted event; the template is shared by all lending products.');

-- Apply / 4: Waits for the credit decision (referred)
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000000f', 'c1050000-0000-4000-8000-000000000003', 4,
  'Waits for the credit decision (referred)',
  'About 22% of applications are referred to manual underwriting. The app shows “In progress” for three to seven days with no further detail.',
  1 /* app */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Checks the application status in the app several times a day.',
  'Has something gone wrong? Will this hurt my credit file?',
  'Anxious, in limbo',
  -2, 1, 2 /* research-based */, 1,
  'Referral reasons: thin credit file, income verification, fraud score. The underwriting queue of 14 people works first-in-first-out; no proactive updates; the status API only exposes three states.');

-- Apply / 5: Calls to chase the application
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000010', 'c1050000-0000-4000-8000-000000000003', 5,
  'Calls to chase the application',
  'The in-house agent can see the application is referred but not why, and cannot give a timeline.',
  2 /* phone */, 0 /* human */,
  'Contact Centre — Cards Sales & Service', 0,
  'Waits 12 minutes, passes security, asks for an update.',
  'They don’t know either.',
  'Powerless',
  -1, NULL, 1 /* partly data-backed */, 0,
  'Agents have a read-only view of the decision engine. There is no callback tool for referred applications.');

-- Apply / 6: Approved — with a lower limit than hoped
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000011', 'c1050000-0000-4000-8000-000000000003', 6,
  'Approved — with a lower limit than hoped',
  'Push notification: approved with a £4,500 limit against £10,000 requested. No explanation; a limit increase can be requested after six months.',
  1 /* app */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Accepts the card and the limit.',
  'Relieved — but £4,500 won’t cover a family holiday booking.',
  'Relieved but deflated',
  0, 1, 2 /* research-based */, 1,
  'Limit set by the decision model. An explanation letter is generated for declines only, not for reduced limits.');

-- Stage 3: Receive & activate ------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000004', 'c1030000-0000-4000-8000-000000000001', 3,
  'Receive & activate',
  'Get the card in my hands and ready to use',
  '#ece3f5',
  'Activation within 14 days predicts whether a card ever becomes a main card. Note the gap between the card and the PIN letter.');

-- Receive & activate / 0: Card arrives by post
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000012', 'c1050000-0000-4000-8000-000000000004', 0,
  'Card arrives by post',
  'Metal Platinum card in premium packaging, five to seven working days after approval.',
  7 /* mail */, 1 /* physical */,
  'SecurePrint Card Services Ltd.', 1,
  'Unboxes the card and takes a photo of it.',
  'This feels premium.',
  'Excited',
  1, NULL, 2 /* research-based */, 0,
  'Embossing and mailing by the card bureau from a daily file sent at 18:00. Tracked delivery is not used, for cost reasons.');

-- Receive & activate / 1: PIN letter arrives two days later
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000013', 'c1050000-0000-4000-8000-000000000004', 1,
  'PIN letter arrives two days later',
  'For security the PIN mailer is posted separately, two days after the card. One in nine customers calls because the PIN has not arrived.',
  7 /* mail */, 1 /* physical */,
  'Cards Operations', 0,
  'Checks the post each morning before a weekend trip.',
  'Where’s my PIN? I want to use the card at the airport on Saturday.',
  'Impatient',
  -1, 1, 2 /* research-based */, 0,
  'The PIN can already be viewed in the app, but neither the card carrier nor the welcome email mentions it.');

-- Receive & activate / 2: Activates the card in the app
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000014', 'c1050000-0000-4000-8000-000000000004', 2,
  'Activates the card in the app',
  'Tap “Activate” and confirm the last four digits; the card can be used immediately.',
  1 /* app */, 2 /* digital */,
  'Digital Channels', 0,
  'Activates the card in under a minute.',
  'That was easy.',
  'Satisfied',
  1, NULL, 2 /* research-based */, 0,
  'Activation updates the card management system in real time. 18% of customers activate after 30 days or more — they rarely become active spenders.');

-- Receive & activate / 3: Adds the card to Apple Pay / Google Pay
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000015', 'c1050000-0000-4000-8000-000000000004', 3,
  'Adds the card to Apple Pay / Google Pay',
  'One-tap push provisioning from the banking app to the phone wallet.',
  1 /* app */, 2 /* digital */,
  'Payments Platform', 0,
  'Adds the card to her phone and watch.',
  'Now I don’t even need the physical card.',
  'Delighted',
  2, NULL, 1 /* partly data-backed */, 0,
  'Token provisioning through the card scheme’s token service; the token is live within seconds.');

-- Receive & activate / 4: Receives the welcome email series
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000016', 'c1050000-0000-4000-8000-000000000004', 4,
  'Receives the welcome email series',
  'Five emails over 30 days: benefits, lounge registration, rewards, paperless statements, balance transfer offer.',
  3 /* email */, 2 /* digital */,
  'CRM & Lifecycle Marketing', 0,
  'Opens the first two, ignores the rest.',
  'Too many emails — which one tells me how to register for the lounges?',
  'Indifferent',
  0, NULL, 1 /* partly data-backed */, 0,
  'Journey orchestrated in the marketing automation platform. Customers who have already registered for lounges are not suppressed.');

-- Stage 4: Use & pay ---------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000005', 'c1030000-0000-4000-8000-000000000001', 4,
  'Use & pay',
  'Use the card confidently and stay in control of my spending',
  '#e0f2f1',
  'A declined card abroad is a moment of truth: customers judge the whole bank by it. Fraud controls are necessary — the question is how we step up.');

-- Use & pay / 0: Makes the first purchase in a shop
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000017', 'c1050000-0000-4000-8000-000000000005', 0,
  'Makes the first purchase in a shop',
  'First contactless payment at a supermarket, followed by an instant push notification with the merchant name and points earned.',
  6 /* store */, 1 /* physical */,
  'Card Processing & Schemes', 0,
  'Taps her phone at the till.',
  'It works — and I can already see the points.',
  'Confident',
  2, NULL, 2 /* research-based */, 1,
  'Authorisation through the card scheme; the notification service fires on authorisation. The points ledger is updated overnight, so the app shows an estimate.');

-- Use & pay / 1: Online hotel booking blocked by fraud check
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000018', 'c1050000-0000-4000-8000-000000000005', 1,
  'Online hotel booking blocked by fraud check',
  'A €1,240 hotel booking abroad is declined. The 3-D Secure one-time passcode never arrives: it goes to an old mobile number still held on the card platform.',
  0 /* web */, 2 /* digital */,
  'Fraud Operations', 0,
  'Retries twice, then pays with her debit card from another bank.',
  'Embarrassing — and the room might be gone by the time this is sorted.',
  'Embarrassed, annoyed',
  -2, 0, 2 /* research-based */, 1,
  'The real-time fraud model flags a first foreign e-commerce transaction over €1,000. Step-up passcodes use the phone number on the card platform, which is not synchronised with the contact details the customer updates in the app.');

-- Use & pay / 2: Gets a fraud text and confirms it was her
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000019', 'c1050000-0000-4000-8000-000000000005', 2,
  'Gets a fraud text and confirms it was her',
  'Text message “Did you try to spend €1,240? Reply Y or N” arrives 20 minutes later on her current number; replying Y unblocks the card.',
  10 /* other */, 2 /* digital */,
  'Fraud Operations', 0,
  'Replies Y and tries the booking again.',
  'Why couldn’t the app just ask me straight away?',
  'Relieved, still irritated',
  0, NULL, 2 /* research-based */, 0,
  'Fraud alerts use the contact details from internet banking, sent through an SMS gateway vendor. In-app confirmation exists for debit cards but not yet for credit cards.');

-- Use & pay / 3: Views the first statement in the app
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001a', 'c1050000-0000-4000-8000-000000000005', 3,
  'Views the first statement in the app',
  'The app shows the minimum payment prominently; the amount needed to avoid interest is only in the PDF statement.',
  1 /* app */, 2 /* digital */,
  'Cards Operations', 0,
  'Looks for the amount to pay in full.',
  'Which number do I actually need to pay so I’m not charged interest?',
  'Unsure',
  0, 1, 1 /* partly data-backed */, 0,
  'Statements are produced on the legacy card platform. The app shows only the summary fields available through the statement API.');

-- Use & pay / 4: Sets up a Direct Debit for the full balance
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001b', 'c1050000-0000-4000-8000-000000000005', 4,
  'Sets up a Direct Debit for the full balance',
  'Online form in internet banking; a confirmation letter follows by post five days later.',
  0 /* web */, 2 /* digital */,
  'Cards Operations', 0,
  'Chooses “full statement balance”.',
  'Good — I’ll never pay interest.',
  'In control',
  1, NULL, 1 /* partly data-backed */, 0,
  'Mandate lodged through Bacs AUDDIS. The first collection is taken only from the second statement, which is not explained on the form.');

-- Stage 5: Get help ----------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000006', 'c1030000-0000-4000-8000-000000000001', 5,
  'Get help',
  'Get a wrong charge fixed quickly, without having to chase',
  '#fbe0e0',
  'The deepest dip of the journey. Disputes are handled by our outsourced provider: treat their performance as our performance. Bring the Vendor Management lead into this part of the workshop.');

-- Get help / 0: Spots an unfamiliar charge
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001c', 'c1050000-0000-4000-8000-000000000006', 0,
  'Spots an unfamiliar charge',
  '“NWB*SVCS 0800” for £89.99 appears in the transaction list; the merchant name is unrecognisable.',
  1 /* app */, 2 /* digital */,
  'Cards Operations', 0,
  'Checks her email receipts, finds nothing.',
  'I never bought this. Has my card been compromised?',
  'Alarmed',
  -1, NULL, 2 /* research-based */, 0,
  'Merchant enrichment (logo and clean name) covers about 70% of transactions; the rest show the raw descriptor.');

-- Get help / 1: Searches the help centre for “dispute”
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001d', 'c1050000-0000-4000-8000-000000000006', 1,
  'Searches the help centre for “dispute”',
  'The article explains chargebacks and Section 75 but ends with “call us”. There is no online dispute form for credit cards.',
  0 /* web */, 2 /* digital */,
  'Digital Channels — Help Centre', 0,
  'Reads two articles, then looks for the phone number.',
  'Why can’t I just do this online?',
  'Resigned',
  -1, NULL, 1 /* partly data-backed */, 0,
  'Help content is owned by Digital Channels; the dispute process is owned by the Disputes team. Neither owns the online form.');

-- Get help / 2: Navigates the phone menu (IVR)
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001e', 'c1050000-0000-4000-8000-000000000006', 2,
  'Navigates the phone menu (IVR)',
  'Seven options, card number entry, two security questions; “disputes” sits under option 4 → 3 → 2.',
  9 /* self-service */, 2 /* digital */,
  'Contact Centre Technology', 0,
  'Presses 0 repeatedly, then gives up and follows the menu.',
  'Just let me talk to someone!',
  'Exasperated',
  -1, NULL, 2 /* research-based */, 0,
  'The IVR routes disputes to the outsourced provider’s queue. Identification is not passed to the agent, so the customer is asked security questions again.');

-- Get help / 3: Calls the dispute line — outsourced call centre
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000001f', 'c1050000-0000-4000-8000-000000000006', 3,
  'Calls the dispute line — outsourced call centre',
  'An agent of the outsourced disputes team takes the details after a 23-minute wait. The agent follows a script, cannot issue a temporary credit and asks for evidence by email.',
  2 /* phone */, 0 /* human */,
  'TeleServe Outsourcing Ltd.', 1,
  'Explains the charge twice and is asked to email screenshots.',
  'They don’t seem to know what Section 75 is.',
  'Angry, not listened to',
  -2, 1, 2 /* research-based */, 1,
  'TeleServe has handled card disputes under contract since 2023. The SLA measures speed of answer (80% in 60 seconds), not resolution. Agents use the bank’s dispute tool through a remote desktop with restricted permissions; quality is reviewed monthly by Vendor Management.');

-- Get help / 4: Emails evidence to the disputes mailbox
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000020', 'c1050000-0000-4000-8000-000000000006', 4,
  'Emails evidence to the disputes mailbox',
  'Auto-reply promises a response within 10 working days; no case reference is given.',
  3 /* email */, 2 /* digital */,
  'Disputes & Chargebacks Team', 0,
  'Sends screenshots of the transaction and her bank statement.',
  'Did they even get it? Which case is this attached to?',
  'Uncertain',
  -1, NULL, 1 /* partly data-backed */, 0,
  'Shared mailbox triaged by hand; attachments are re-keyed into the chargeback system.');

-- Get help / 5: Complains publicly on social media
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000021', 'c1050000-0000-4000-8000-000000000006', 5,
  'Complains publicly on social media',
  'Posts “Three weeks and still no answer on a fraudulent charge @NorthbridgeBank”. The social team replies within an hour and escalates.',
  5 /* social */, 2 /* digital */,
  'Social Customer Care', 0,
  'Posts on X and tags the bank.',
  'Maybe shaming them in public will work.',
  'Fed up',
  -2, NULL, 2 /* research-based */, 0,
  'In-house social care team (8 FTE) can open an escalation ticket but cannot see the outsourced provider’s case notes.');

-- Get help / 6: Receives the credit and a resolution letter
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000022', 'c1050000-0000-4000-8000-000000000006', 6,
  'Receives the credit and a resolution letter',
  'Chargeback succeeds after 26 days. The credit appears in the app four days before the resolution letter arrives.',
  7 /* mail */, 1 /* physical */,
  'Disputes & Chargebacks Team', 0,
  'Checks the app, later reads the letter.',
  'Finally. But I had to fight for it.',
  'Relieved, trust dented',
  1, 2, 2 /* research-based */, 0,
  'Letters generated by the chargeback system in a nightly batch and posted by the print vendor.');

-- Stage 6: Reward & renew ----------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000007', 'c1030000-0000-4000-8000-000000000001', 6,
  'Reward & renew',
  'Enjoy the benefits and feel the fee is worth paying again',
  '#fff4cc',
  'Renewal is decided by the value customers remember, not the value they received. Lounge users renew; customers who never redeemed do not.');

-- Reward & renew / 0: Checks the points balance
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000023', 'c1050000-0000-4000-8000-000000000007', 0,
  'Checks the points balance',
  'Balance shown in the app; points from the last three days are “pending”.',
  1 /* app */, 2 /* digital */,
  'Rewards & Partnerships', 0,
  'Checks progress towards a return flight.',
  'Almost enough for Lisbon.',
  'Motivated',
  1, NULL, 1 /* partly data-backed */, 0,
  'Points ledger updated in an overnight batch from the card platform.');

-- Reward & renew / 1: Redeems points for flights on the partner portal
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000024', 'c1050000-0000-4000-8000-000000000007', 1,
  'Redeems points for flights on the partner portal',
  'Redirect to the partner site with a separate login. Seats bookable with points are limited; taxes and charges are paid in cash.',
  0 /* web */, 2 /* digital */,
  'Skyward Rewards Ltd. (loyalty partner)', 1,
  'Searches five dates before finding a reward seat.',
  'Half the flights I want aren’t available for points.',
  'Disappointed',
  -1, 1, 2 /* research-based */, 0,
  'Redemption catalogue and seat inventory are run by the loyalty partner; the bank sees only monthly redemption reports.');

-- Reward & renew / 2: Uses an airport lounge
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000025', 'c1050000-0000-4000-8000-000000000007', 2,
  'Uses an airport lounge',
  'Shows the digital membership card at reception; four free visits a year.',
  8 /* in person */, 0 /* human */,
  'Gateway Lounges International (lounge partner)', 1,
  'Relaxes in the lounge before a flight with her partner.',
  'This is why I got the card.',
  'Delighted, valued',
  2, NULL, 1 /* partly data-backed */, 1,
  'Lounge visits billed to the bank monthly per visit; guest visits charged to the card.');

-- Reward & renew / 3: Receives the annual fee reminder
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000026', 'c1050000-0000-4000-8000-000000000007', 3,
  'Receives the annual fee reminder',
  'Email 30 days before the card anniversary: “£195 will be charged to your account”. No summary of the value received in the year.',
  3 /* email */, 2 /* digital */,
  'Cards Product', 0,
  'Reads the email and starts to compare no-fee cards.',
  'Did I actually get £195 of value this year?',
  'Doubtful',
  -1, 1, 1 /* partly data-backed */, 0,
  'Template notice. Value data (points earned, lounge visits, fees saved abroad) exists in the rewards data mart but is not connected to the CRM.');

-- Reward & renew / 4: Calls to ask for a fee waiver
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000027', 'c1050000-0000-4000-8000-000000000007', 4,
  'Calls to ask for a fee waiver',
  'Retention agent offers a 50% fee rebate after the customer says she will cancel.',
  2 /* phone */, 0 /* human */,
  'Contact Centre — Retention Team', 0,
  'Says she will close the account unless something changes.',
  'So I have to threaten to leave to get a fair deal?',
  'Cynical',
  0, NULL, 2 /* research-based */, 0,
  'Retention offers are discretionary within the agent’s authority. Loyal customers who do not call never see them.');

-- Reward & renew / 5: Replacement card arrives before expiry
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000028', 'c1050000-0000-4000-8000-000000000007', 5,
  'Replacement card arrives before expiry',
  'New card sent four weeks before expiry; recurring payments continue through the scheme’s account updater.',
  7 /* mail */, 1 /* physical */,
  'SecurePrint Card Services Ltd.', 1,
  'Activates the new card in the app.',
  'Nice that my subscriptions kept working.',
  'Content',
  1, NULL, 1 /* partly data-backed */, 0,
  'Reissue file generated monthly by the card platform and produced by the card bureau.');

-- Cells of the text lane "Regulatory notes"
INSERT INTO lane_cell (id, lane_id, touchpoint_id, text) VALUES
  ('c1070000-0000-4000-8000-000000000001', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000003',
   'Financial promotion: a representative APR and example must be shown where required (FCA CONC 3). Avoid wording that implies approval is guaranteed.'),
  ('c1070000-0000-4000-8000-000000000002', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000008',
   'Pre-contract information and the 14-day right of withdrawal (Consumer Credit Act 1974). Consumer Duty: test that customers understand it.'),
  ('c1070000-0000-4000-8000-000000000003', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-00000000000c',
   'Creditworthiness and affordability assessment: FCA CONC 5.2A.'),
  ('c1070000-0000-4000-8000-000000000004', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-00000000000d',
   'Customer due diligence under the Money Laundering Regulations 2017; UK GDPR applies to ID images and biometric data.'),
  ('c1070000-0000-4000-8000-000000000005', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-00000000001f',
   'Section 75 Consumer Credit Act: the card issuer is jointly liable for purchases of £100–£30,000. Outsourcing does not transfer regulatory responsibility (FCA SYSC 8).'),
  ('c1070000-0000-4000-8000-000000000006', 'c1040000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000026',
   'Consumer Duty price-and-value outcome: be able to show the fee represents fair value for each customer group.');

-- ============================================================================
-- Journey 1 (to-be): Platinum card — target experience 2026 (to-be)
-- ============================================================================
INSERT INTO journey (id, position, name, scenario, state, as_is_journey_id, owner, status, tags) VALUES (
  'c1030000-0000-4000-8000-000000000002', 1,
  'Platinum card — target experience 2026 (to-be)',
  'The same customers in the improved journey: fee and value are clear up front, applications can be paused and tracked, the digital card is usable at approval, disputes are raised in the app and complex cases are owned by empowered outsourced agents, and renewal is based on a personal value summary.',
  1 /* to-be */, 'c1030000-0000-4000-8000-000000000001',
  'Cards CX team — Priya Raman', 1 /* researched */,
  '["retail","cards","to-be","2026 programme"]');

INSERT INTO journey_persona (journey_id, persona_id, position) VALUES
  ('c1030000-0000-4000-8000-000000000002', 'c1020000-0000-4000-8000-000000000001', 0),
  ('c1030000-0000-4000-8000-000000000002', 'c1020000-0000-4000-8000-000000000002', 1);

-- Lanes: one per built-in kind, plus a user-defined text lane.
INSERT INTO lane (id, journey_id, position, kind, title, visible) VALUES
  ('c1040000-0000-4000-8000-00000000000d', 'c1030000-0000-4000-8000-000000000002',  0,  0 /* stage headers */, '', 1),
  ('c1040000-0000-4000-8000-00000000000e', 'c1030000-0000-4000-8000-000000000002',  1,  1 /* touchpoints */, '', 1),
  ('c1040000-0000-4000-8000-00000000000f', 'c1030000-0000-4000-8000-000000000002',  2,  7 /* channels */, '', 1),
  ('c1040000-0000-4000-8000-000000000010', 'c1030000-0000-4000-8000-000000000002',  3,  2 /* customer actions */, '', 1),
  ('c1040000-0000-4000-8000-000000000011', 'c1030000-0000-4000-8000-000000000002',  4,  3 /* thoughts */, '', 1),
  ('c1040000-0000-4000-8000-000000000012', 'c1030000-0000-4000-8000-000000000002',  5,  4 /* emotion */, '', 1),
  ('c1040000-0000-4000-8000-000000000013', 'c1030000-0000-4000-8000-000000000002',  6,  5 /* pain points */, '', 1),
  ('c1040000-0000-4000-8000-000000000014', 'c1030000-0000-4000-8000-000000000002',  7,  6 /* opportunities */, '', 1),
  ('c1040000-0000-4000-8000-000000000015', 'c1030000-0000-4000-8000-000000000002',  8,  8 /* backstage */, '', 1),
  ('c1040000-0000-4000-8000-000000000016', 'c1030000-0000-4000-8000-000000000002',  9, 11 /* text */, 'Regulatory notes', 1),
  ('c1040000-0000-4000-8000-000000000017', 'c1030000-0000-4000-8000-000000000002', 10,  9 /* metrics */, '', 1),
  ('c1040000-0000-4000-8000-000000000018', 'c1030000-0000-4000-8000-000000000002', 11, 10 /* insights */, '', 1);

-- Stage 0: Discover & compare ------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000008', 'c1030000-0000-4000-8000-000000000002', 0,
  'Discover & compare',
  'Understand the value and the cost of the card in one minute',
  '#dbe9f6',
  'Target: the customer can state the annual fee and the main benefit after the landing page alone (currently 38% can after reading Key Facts).');

-- Discover & compare / 0: Sees an ad with the fee and the value in one line
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000029', 'c1050000-0000-4000-8000-000000000008', 0,
  'Sees an ad with the fee and the value in one line',
  'Ad states “£195 a year — worth £600+ if you travel twice” with a link to a personalised value estimate.',
  5 /* social */, 2 /* digital */,
  'Marketing — Paid Social', 0,
  'Taps through to the value estimate.',
  'At least they’re upfront about the fee.',
  'Curious, trusting',
  1, NULL, 0 /* assumption */, 0,
  'Creative brief requires the fee in every paid asset; value claim substantiated by the rewards data mart.');

-- Discover & compare / 1: Gets a personal value estimate from real spending
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002a', 'c1050000-0000-4000-8000-000000000008', 1,
  'Gets a personal value estimate from real spending',
  'Current-account customers see the points they would have earned last year, based on their actual card spending.',
  1 /* app */, 2 /* digital */,
  'Digital Channels', 0,
  'Compares the estimate with the fee.',
  '£540 of flights from what I already spend — easy decision.',
  'Convinced',
  2, NULL, 0 /* assumption */, 0,
  'Estimate calculated from categorised debit-card transactions with the customer’s consent; no data leaves the bank.');

-- Discover & compare / 2: Reads a one-page plain-English fee summary
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002b', 'c1050000-0000-4000-8000-000000000008', 2,
  'Reads a one-page plain-English fee summary',
  'One page: fee, representative APR, what triggers interest, how to cancel. The full Key Facts remain one tap away.',
  0 /* web */, 2 /* digital */,
  'Cards Product & Compliance', 0,
  'Reads the summary in under a minute.',
  'Clear. Nothing hidden.',
  'Confident',
  1, NULL, 1 /* partly data-backed */, 0,
  'Summary generated from the same terms master as the Key Facts, so wording stays in sync; comprehension tested before launch.');

-- Discover & compare / 3: Checks eligibility with an indicative limit band
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002c', 'c1050000-0000-4000-8000-000000000008', 3,
  'Checks eligibility with an indicative limit band',
  'Soft search shows the likelihood of approval and an indicative credit-limit band (e.g. £3,000–£6,000).',
  0 /* web */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Decides whether the likely limit is enough.',
  'Now I know what to expect.',
  'Reassured',
  1, NULL, 0 /* assumption */, 0,
  'Uses the full decision model in soft-search mode, so the indicative band matches the final decision in most cases.');

-- Stage 1: Apply -------------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-000000000009', 'c1030000-0000-4000-8000-000000000002', 1,
  'Apply',
  'Apply at my own pace and always know where my application stands',
  '#fdebd3',
  'Design principle: no silent waiting. Every referred application gets an expected decision date and a reason category.');

-- Apply / 0: Applies in the app with save and resume
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002d', 'c1050000-0000-4000-8000-000000000009', 0,
  'Applies in the app with save and resume',
  'Pre-filled details, progress saved at every step, income verified through an open-banking connection instead of payslips.',
  1 /* app */, 2 /* digital */,
  'Digital Channels', 0,
  'Connects her salary account in two taps.',
  'I didn’t have to dig out a single document.',
  'At ease',
  1, NULL, 1 /* partly data-backed */, 0,
  'Open-banking income verification through an authorised provider; ID re-verification skipped when KYC is current.');

-- Apply / 1: Tracks a referred application with an expected date
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002e', 'c1050000-0000-4000-8000-000000000009', 1,
  'Tracks a referred application with an expected date',
  'Status tracker: “We’re checking your income — expect a decision by Thursday”, with push updates at every change.',
  1 /* app */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Gets a push notification when underwriting starts.',
  'I know what’s happening and when.',
  'Patient, informed',
  1, NULL, 0 /* assumption */, 1,
  'Decision engine publishes status events; underwriting queue ordered by promised date, not arrival.');

-- Apply / 2: Gets a decision with the limit explained
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000002f', 'c1050000-0000-4000-8000-000000000009', 2,
  'Gets a decision with the limit explained',
  'Approval explains the main factors behind the limit and offers a limit review after three months of on-time payments.',
  1 /* app */, 2 /* digital */,
  'Credit Risk & Decisioning', 0,
  'Accepts the limit and sets a reminder for the review.',
  'Fair enough — and there’s a path to more.',
  'Satisfied',
  1, NULL, 0 /* assumption */, 0,
  'Reason codes from the decision model translated into customer language, approved by Compliance.');

-- Stage 2: Receive & activate ------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-00000000000a', 'c1030000-0000-4000-8000-000000000002', 2,
  'Receive & activate',
  'Use the card the moment I’m approved',
  '#ece3f5',
  'Digital card first: the plastic becomes a back-up, not a dependency.');

-- Receive & activate / 0: Uses a digital card instantly after approval
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000030', 'c1050000-0000-4000-8000-00000000000a', 0,
  'Uses a digital card instantly after approval',
  'Card details and wallet provisioning available in the app seconds after approval.',
  1 /* app */, 2 /* digital */,
  'Payments Platform', 0,
  'Adds the card to her wallet and books the hotel straight away.',
  'I didn’t even have to wait for the post.',
  'Delighted',
  2, NULL, 0 /* assumption */, 1,
  'Virtual card issued by the card platform at approval; the physical card follows.');

-- Receive & activate / 1: Physical card arrives with “view your PIN in the app”
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000031', 'c1050000-0000-4000-8000-00000000000a', 1,
  'Physical card arrives with “view your PIN in the app”',
  'The card carrier explains that the PIN is in the app; the separate PIN letter is sent only on request.',
  7 /* mail */, 1 /* physical */,
  'SecurePrint Card Services Ltd.', 1,
  'Views the PIN in the app.',
  'Simple.',
  'Content',
  1, NULL, 1 /* partly data-backed */, 0,
  'Card bureau prints a new carrier; PIN mailers stop for app users.');

-- Stage 3: Use & pay ---------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-00000000000b', 'c1030000-0000-4000-8000-000000000002', 3,
  'Use & pay',
  'Stay in control without surprises',
  '#e0f2f1',
  'Fraud step-up moves into the app; SMS becomes the fallback.');

-- Use & pay / 0: Confirms an unusual purchase in the app
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000032', 'c1050000-0000-4000-8000-00000000000b', 0,
  'Confirms an unusual purchase in the app',
  'Push notification “Is this you? €1,240 at Hotel Miramar” — one tap approves and the payment goes through on retry within seconds.',
  1 /* app */, 2 /* digital */,
  'Fraud Operations', 0,
  'Taps “Yes, it’s me” at the hotel desk.',
  'Annoying for a second, but it shows they’re watching.',
  'Safe',
  1, NULL, 0 /* assumption */, 0,
  'In-app confirmation reused from the debit-card platform; SMS to a verified number as fallback.');

-- Use & pay / 1: Sees “pay this to avoid interest” in the app
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000033', 'c1050000-0000-4000-8000-00000000000b', 1,
  'Sees “pay this to avoid interest” in the app',
  'The statement screen shows three amounts — minimum, full balance, and the amount to avoid interest — with a one-tap payment.',
  1 /* app */, 2 /* digital */,
  'Cards Operations', 0,
  'Pays the amount to avoid interest.',
  'Now I know exactly what to pay.',
  'In control',
  1, NULL, 1 /* partly data-backed */, 0,
  'New statement API fields exposed from the card platform.');

-- Stage 4: Get help ----------------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-00000000000c', 'c1030000-0000-4000-8000-000000000002', 4,
  'Get help',
  'Raise a problem once and see it through to the end',
  '#fbe0e0',
  'The outsourced provider stays, but the contract rewards resolution. Agents get the tools and authority of in-house staff.');

-- Get help / 0: Raises a dispute in the app in three minutes
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000034', 'c1050000-0000-4000-8000-00000000000c', 0,
  'Raises a dispute in the app in three minutes',
  'Tap the transaction, choose “I don’t recognise this”, see the enriched merchant details, upload evidence and get a case number.',
  1 /* app */, 2 /* digital */,
  'Disputes & Chargebacks Team', 0,
  'Raises the dispute from the transaction itself.',
  'That was quicker than I feared.',
  'Relieved',
  1, NULL, 0 /* assumption */, 1,
  'Dispute form writes straight into the chargeback system; evidence stored with the case.');

-- Get help / 1: Receives a temporary credit within 48 hours
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000035', 'c1050000-0000-4000-8000-00000000000c', 1,
  'Receives a temporary credit within 48 hours',
  'For disputes up to £250 a temporary credit is applied automatically while the chargeback runs.',
  1 /* app */, 2 /* digital */,
  'Disputes & Chargebacks Team', 0,
  'Sees the credit in her balance.',
  'They trust me. Good.',
  'Valued',
  2, NULL, 0 /* assumption */, 0,
  'Rules engine applies temporary credit using the customer’s history and the merchant risk score.');

-- Get help / 2: Complex case handled by an empowered outsourced agent
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000036', 'c1050000-0000-4000-8000-00000000000c', 2,
  'Complex case handled by an empowered outsourced agent',
  'Customers who call reach the TeleServe disputes team with their case already on screen; agents can issue credits and own the case to the end.',
  2 /* phone */, 0 /* human */,
  'TeleServe Outsourcing Ltd.', 1,
  'Explains the case once.',
  'Finally someone who can actually do something.',
  'Listened to',
  1, NULL, 0 /* assumption */, 0,
  'Contract KPIs: first-contact resolution and customer effort, not only speed of answer. Agents trained by the in-house disputes team; shared case notes with social care.');

-- Get help / 3: Follows the dispute in a case tracker
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000037', 'c1050000-0000-4000-8000-00000000000c', 3,
  'Follows the dispute in a case tracker',
  'Tracker with milestones (raised, evidence received, merchant contacted, resolved) and push updates; the postal letter becomes optional.',
  1 /* app */, 2 /* digital */,
  'Disputes & Chargebacks Team', 0,
  'Checks the tracker once.',
  'No need to chase.',
  'Calm',
  1, NULL, 0 /* assumption */, 0,
  'Milestones published by the chargeback system as events.');

-- Stage 5: Reward & renew ----------------------------------------------------
INSERT INTO stage (id, journey_id, position, name, customer_goal, color, notes) VALUES (
  'c1050000-0000-4000-8000-00000000000d', 'c1030000-0000-4000-8000-000000000002', 5,
  'Reward & renew',
  'See the value I got and renew with confidence',
  '#fff4cc',
  'Proactive value summary replaces “call us to complain” as the path to a fair fee.');

-- Reward & renew / 0: Redeems points in the app with single sign-on
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000038', 'c1050000-0000-4000-8000-00000000000d', 0,
  'Redeems points in the app with single sign-on',
  'Partner catalogue embedded in the app with single sign-on; points can part-pay taxes and charges.',
  1 /* app */, 2 /* digital */,
  'Skyward Rewards Ltd. (loyalty partner)', 1,
  'Books a reward flight without a second login.',
  'Smooth.',
  'Pleased',
  1, NULL, 0 /* assumption */, 0,
  'Contract amendment with the loyalty partner for embedded booking and seat availability reporting.');

-- Reward & renew / 1: Receives a “your year with Platinum” summary
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-000000000039', 'c1050000-0000-4000-8000-00000000000d', 1,
  'Receives a “your year with Platinum” summary',
  '45 days before the fee: points earned and redeemed, lounge visits, foreign fees saved, and an honest suggestion of a no-fee card if the value was below the fee.',
  3 /* email */, 2 /* digital */,
  'CRM & Lifecycle Marketing', 0,
  'Reads the summary and shares it with her partner.',
  '£640 of value for £195 — fine, I’m keeping it.',
  'Valued, trusting',
  2, NULL, 0 /* assumption */, 1,
  'Value calculated in the rewards data mart and passed to the CRM; downgrade path with no loss of points.');

-- Reward & renew / 2: Renews without calling
INSERT INTO touchpoint (id, stage_id, position, title, description, channel, environment,
                        owner, owner_external, customer_action, thoughts, feelings,
                        emotion, emotion_to_be, evidence, moment_of_truth, backstage) VALUES (
  'c1060000-0000-4000-8000-00000000003a', 'c1050000-0000-4000-8000-00000000000d', 2,
  'Renews without calling',
  'Renewal confirmed in the app; customers can switch card type in two taps at any time.',
  1 /* app */, 2 /* digital */,
  'Cards Product', 0,
  'Does nothing — the card simply renews.',
  'Nothing to do. Good.',
  'Content',
  1, NULL, 0 /* assumption */, 0,
  'Retention offers replaced by transparent value-based pricing rules.');

-- Cells of the text lane "Regulatory notes"
INSERT INTO lane_cell (id, lane_id, touchpoint_id, text) VALUES
  ('c1070000-0000-4000-8000-000000000007', 'c1040000-0000-4000-8000-000000000016', 'c1060000-0000-4000-8000-00000000002c',
   'An indicative limit band must not be presented as an offer; the soft search must leave no footprint visible to other lenders.'),
  ('c1070000-0000-4000-8000-000000000008', 'c1040000-0000-4000-8000-000000000016', 'c1060000-0000-4000-8000-00000000002f',
   'Reason explanations reviewed by Compliance; avoid disclosing fraud-model factors.'),
  ('c1070000-0000-4000-8000-000000000009', 'c1040000-0000-4000-8000-000000000016', 'c1060000-0000-4000-8000-000000000035',
   'Temporary credits do not change the Section 75 claim; record them on the case.'),
  ('c1070000-0000-4000-8000-00000000000a', 'c1040000-0000-4000-8000-000000000016', 'c1060000-0000-4000-8000-000000000036',
   'Outsourced agents with credit authority: update the outsourcing agreement and oversight plan (FCA SYSC 8).');

-- Pain points ----------------------------------------------------------------
-- “Pre-selected” letter implies guaranteed approval
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000001', 'c1050000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-000000000003', 0,
  '“Pre-selected” letter implies guaranteed approval',
  'Customers read “pre-selected” as a promise. When their application is then referred or given a low limit, they feel misled.',
  4 /* brand */, 2, 3, 15, 20 /* investigate, prevent recurrence */,
  'Marketing and Compliance reviewing wording; new copy to be tested in the April mailing.', 2);

-- Fees and APR are hard to find and understand
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000002', 'c1050000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-000000000008', 0,
  'Fees and APR are hard to find and understand',
  'The fee and APR sit in an 11-page PDF. In testing, only 38% of applicants could state the annual fee after reading it.',
  0 /* product */, 3, 4, 45, 20 /* investigate, prevent recurrence */,
  'Investigating a one-page summary generated from the same terms master; Consumer Duty consumer-understanding review scheduled.', 4);

-- Chatbot cannot answer pre-sales questions
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000003', 'c1050000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-000000000009', 0,
  'Chatbot cannot answer pre-sales questions',
  'The bot was trained on servicing intents; prospects are looped through help articles before reaching an agent after an average 9-minute wait.',
  3 /* platform */, 2, 4, 18, 4 /* investigate */,
  'Conversation design team analysing 3 months of pre-sales chat logs.', 1);

-- Session times out while fetching documents
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000004', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000c', 0,
  'Session times out while fetching documents',
  'The 10-minute inactivity timeout discards the income section when customers leave the app to find a payslip; 12% of starters hit it.',
  3 /* platform */, 3, 3, 12, 13 /* contain, investigate, remedy */,
  'Contained: timeout warning added at 8 minutes. Security reviewing a longer timeout for the application flow; remedy is save-and-resume.', 3);

-- Long-standing customers asked to re-verify identity
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000005', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000d', 0,
  'Long-standing customers asked to re-verify identity',
  'Customers with old KYC records must photograph their ID and take a selfie; glare and old licences cause repeated failures and manual review.',
  1 /* service process */, 3, 3, 27, 4 /* investigate */,
  'Financial Crime Operations checking whether recent in-branch verification can be reused.', 2);

-- No visibility during a referred credit decision
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000006', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000f', 0,
  'No visibility during a referred credit decision',
  'Referred applicants wait three to seven days with a status of “In progress”. 31% call to chase; some abandon and apply elsewhere.',
  1 /* service process */, 4, 4, 22, 30 /* contact customer, investigate, remedy, prevent recurrence */,
  'Customers waiting more than 5 days are phoned by the underwriting team (since January). Root cause: status API exposes three states only. Status tracker in delivery.', 7);

-- Reduced limit with no explanation
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000007', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-000000000011', 0,
  'Reduced limit with no explanation',
  'A third of approvals get a lower limit than requested, with no reason and no route to a review, which undermines the premium positioning.',
  0 /* product */, 3, 3, 35, 12 /* investigate, remedy */,
  'Credit Risk drafting customer-language reason codes; interim remedy: agents can request a manual review.', 3);

-- PIN letter arrives after the card
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000008', 'c1050000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000013', 0,
  'PIN letter arrives after the card',
  'Customers receive the card first and wait two more days for the PIN, although the PIN can be viewed in the app.',
  1 /* service process */, 2, 3, 11, 16 /* prevent recurrence */,
  'Card carrier reprint with “View your PIN in the app” message approved.', 1);

-- Genuine foreign purchase declined; passcode sent to old number
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000009', 'c1050000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-000000000018', 0,
  'Genuine foreign purchase declined; passcode sent to old number',
  'First large foreign online purchases are blocked and the 3-D Secure passcode goes to an outdated phone number, leaving the customer stranded mid-purchase.',
  3 /* platform */, 4, 2, 6, 31 /* contain, contact customer, investigate, remedy, prevent recurrence */,
  'Contained: phone number confirmed at activation. Affected customers contacted and offered goodwill. Investigation found number not re-verified at card issue. Remedy and prevention: in-app confirmation for credit cards.', 5);

-- Statement doesn’t show how much to pay to avoid interest
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000a', 'c1050000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-00000000001a', 0,
  'Statement doesn’t show how much to pay to avoid interest',
  'The app leads with the minimum payment; customers who intend to pay in full pay the wrong amount and are charged interest.',
  0 /* product */, 3, 4, 40, 4 /* investigate */,
  'Checking whether the figure can be exposed through the statement API.', 2);

-- No online dispute form for credit cards
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000b', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001d', 0,
  'No online dispute form for credit cards',
  'Every dispute must start with a phone call, although debit-card disputes can be raised online.',
  3 /* platform */, 3, 5, 9, 20 /* investigate, prevent recurrence */,
  'Reusing the debit-card dispute form is being assessed by Digital Channels.', 6);

-- Outsourced dispute agents cannot resolve or issue credits
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000c', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 0,
  'Outsourced dispute agents cannot resolve or issue credits',
  'TeleServe agents follow a script, lack Section 75 knowledge and have no authority to issue temporary credits, so most calls end with “email us your evidence”.',
  2 /* people */, 5, 4, 9, 31 /* contain, contact customer, investigate, remedy, prevent recurrence */,
  'Contained: warm transfer to the in-house disputes team for cases over £100. Customers with disputes open more than 15 days called back. Root-cause review with TeleServe completed. Remedy: credit authority up to £250. Prevention: contract KPIs changed to resolution and effort.', 9);

-- 23-minute wait to reach the disputes team
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000d', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 1,
  '23-minute wait to reach the disputes team',
  'Queue times peaked at 23 minutes in October after TeleServe lost a third of its disputes agents to attrition.',
  1 /* service process */, 4, 4, 9, 5 /* contain, investigate */,
  'Overflow to in-house agents at peak times; staffing plan under review with Vendor Management.', 4);

-- Evidence sent by email without a case reference
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000e', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-000000000020', 0,
  'Evidence sent by email without a case reference',
  'Evidence arrives in a shared mailbox and must be matched to cases by hand; customers get no confirmation that it was received.',
  1 /* service process */, 3, 4, 8, 4 /* investigate */,
  'Process mapping of the mailbox triage under way.', 1);

-- Few reward seats and a separate partner login
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-00000000000f', 'c1050000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000024', 0,
  'Few reward seats and a separate partner login',
  'Customers must create a second login and often find no reward seats on the dates they want.',
  0 /* product */, 3, 3, 25, 4 /* investigate */,
  'Seat availability data requested from the loyalty partner.', 2);

-- Fee reminder doesn’t show the value received
INSERT INTO pain_point (id, stage_id, touchpoint_id, position, title, description, category,
                        severity, likelihood, customers_affected, handling, handling_notes, votes) VALUES (
  'c1080000-0000-4000-8000-000000000010', 'c1050000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000026', 0,
  'Fee reminder doesn’t show the value received',
  'The reminder only announces the charge. Customers who don’t remember the benefits they used conclude the fee is not worth it.',
  4 /* brand */, 3, 5, 60, 0 /* no plan yet */,
  '', 5);

-- Opportunities --------------------------------------------------------------
-- Proactive decision status with an expected date
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000001', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000f', 0,
  'Proactive decision status with an expected date',
  'Publish decision-engine status events to the app and email: reason category, expected decision date and push notification at every change.',
  'Credit Risk & Decisioning with Digital Channels',
  2 /* in progress */, 5, 3, '2026-06-30',
  'Apply-stage CES +0.4; “where is my application” calls −40%', 7);

-- Reuse recent in-branch KYC instead of a selfie check
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000002', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000d', 0,
  'Reuse recent in-branch KYC instead of a selfie check',
  'Skip the photo and selfie step for customers verified in branch or by open banking within the last 24 months.',
  'Financial Crime Operations',
  0 /* idea */, 3, 2, '2026-09-30',
  'Manual ID reviews −60%; application completion +3 pts', 2);

-- Save-and-resume application with open-banking income check
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000003', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000c', 0,
  'Save-and-resume application with open-banking income check',
  'Keep progress at every step and verify income through an open-banking connection so customers don’t need payslips.',
  'Digital Channels',
  1 /* planned */, 4, 4, '2026-12-31',
  'Application abandonment rate 36% → 25%', 3);

-- One-page plain-English fee summary
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000004', 'c1050000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-000000000008', 0,
  'One-page plain-English fee summary',
  'Generate a one-page summary from the terms master and show it before the application starts. Comprehension-tested with 400 prospects.',
  'Cards Product & Compliance',
  4 /* verified */, 3, 1, '2026-01-31',
  'Applicants able to state the annual fee 38% → 80% (verified: 83%)', 4);

-- Show “pay this to avoid interest” in the app
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000005', 'c1050000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-00000000001a', 0,
  'Show “pay this to avoid interest” in the app',
  'Expose the interest-free payment amount through the statement API and add a one-tap payment for it.',
  'Cards Operations',
  1 /* planned */, 3, 2, '2026-04-30',
  'Unintended interest charges −50%; statement-related calls −20%', 2);

-- In-app “Is this you?” confirmation for credit cards
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000006', 'c1050000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-000000000018', 0,
  'In-app “Is this you?” confirmation for credit cards',
  'Reuse the debit-card in-app confirmation for credit-card step-up, with SMS to a verified number as fallback.',
  'Fraud Operations',
  2 /* in progress */, 4, 3, '2026-05-31',
  'False-positive declines resolved in under 1 minute for 90% of cases', 5);

-- Online dispute form in the app with case tracking
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000007', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001d', 0,
  'Online dispute form in the app with case tracking',
  'Let customers raise a dispute from the transaction itself, upload evidence, get a case number and follow progress.',
  'Disputes & Chargebacks Team with Digital Channels',
  1 /* planned */, 5, 4, '2026-10-31',
  'Dispute calls −50%; servicing CSAT +8 pts', 8);

-- Renegotiate the TeleServe contract around resolution
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000008', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 0,
  'Renegotiate the TeleServe contract around resolution',
  'Replace speed-of-answer SLAs with first-contact resolution, customer effort and quality KPIs; joint training with the in-house disputes team.',
  'Vendor Management',
  2 /* in progress */, 5, 3, '2026-07-01',
  'Dispute first-contact resolution 34% → 65%; queue time under 5 minutes', 9);

-- Let agents issue temporary credits up to £250
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-000000000009', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 1,
  'Let agents issue temporary credits up to £250',
  'Give TeleServe agents the same temporary-credit authority as in-house agents, with monthly sampling by Disputes.',
  'Disputes & Chargebacks Team',
  3 /* done */, 4, 2, '2026-02-28',
  'Repeat dispute calls −30%', 6);

-- Card carrier points to “view your PIN in the app”
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-00000000000a', 'c1050000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000013', 0,
  'Card carrier points to “view your PIN in the app”',
  'Reprint the card carrier and stop PIN mailers for active app users.',
  'Cards Operations',
  3 /* done */, 2, 1, '2026-03-31',
  'PIN-not-received calls −70%', 1);

-- Personal “year with Platinum” value summary before the fee
INSERT INTO opportunity (id, stage_id, touchpoint_id, position, title, description, owner,
                         status, impact, effort, due_date, expected_change, votes) VALUES (
  'c1090000-0000-4000-8000-00000000000b', 'c1050000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000026', 0,
  'Personal “year with Platinum” value summary before the fee',
  'Send every customer a summary of the value they received 45 days before the fee, with an honest downgrade option.',
  'CRM & Lifecycle Marketing',
  0 /* idea */, 4, 2, '2026-09-01',
  'Renewal rate +6 pts; retention-line calls −25%', 5);

INSERT INTO opportunity_pain_point (opportunity_id, pain_point_id) VALUES
  ('c1090000-0000-4000-8000-000000000001', 'c1080000-0000-4000-8000-000000000006'),
  ('c1090000-0000-4000-8000-000000000002', 'c1080000-0000-4000-8000-000000000005'),
  ('c1090000-0000-4000-8000-000000000003', 'c1080000-0000-4000-8000-000000000004'),
  ('c1090000-0000-4000-8000-000000000004', 'c1080000-0000-4000-8000-000000000002'),
  ('c1090000-0000-4000-8000-000000000004', 'c1080000-0000-4000-8000-000000000003'),
  ('c1090000-0000-4000-8000-000000000005', 'c1080000-0000-4000-8000-00000000000a'),
  ('c1090000-0000-4000-8000-000000000006', 'c1080000-0000-4000-8000-000000000009'),
  ('c1090000-0000-4000-8000-000000000007', 'c1080000-0000-4000-8000-00000000000b'),
  ('c1090000-0000-4000-8000-000000000007', 'c1080000-0000-4000-8000-00000000000e'),
  ('c1090000-0000-4000-8000-000000000008', 'c1080000-0000-4000-8000-00000000000c'),
  ('c1090000-0000-4000-8000-000000000008', 'c1080000-0000-4000-8000-00000000000d'),
  ('c1090000-0000-4000-8000-000000000009', 'c1080000-0000-4000-8000-00000000000c'),
  ('c1090000-0000-4000-8000-00000000000a', 'c1080000-0000-4000-8000-000000000008'),
  ('c1090000-0000-4000-8000-00000000000b', 'c1080000-0000-4000-8000-000000000010');

INSERT INTO opportunity_touchpoint (opportunity_id, touchpoint_id) VALUES
  ('c1090000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-00000000000f'),
  ('c1090000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-00000000000e'),
  ('c1090000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-000000000010'),
  ('c1090000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-00000000000d'),
  ('c1090000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000c'),
  ('c1090000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000b'),
  ('c1090000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000008'),
  ('c1090000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000005'),
  ('c1090000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000009'),
  ('c1090000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-00000000001a'),
  ('c1090000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-00000000001b'),
  ('c1090000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-000000000018'),
  ('c1090000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-000000000019'),
  ('c1090000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-00000000001d'),
  ('c1090000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-00000000001c'),
  ('c1090000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000020'),
  ('c1090000-0000-4000-8000-000000000008', 'c1060000-0000-4000-8000-00000000001f'),
  ('c1090000-0000-4000-8000-000000000008', 'c1060000-0000-4000-8000-00000000001e'),
  ('c1090000-0000-4000-8000-000000000009', 'c1060000-0000-4000-8000-00000000001f'),
  ('c1090000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000013'),
  ('c1090000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000012'),
  ('c1090000-0000-4000-8000-00000000000b', 'c1060000-0000-4000-8000-000000000026'),
  ('c1090000-0000-4000-8000-00000000000b', 'c1060000-0000-4000-8000-000000000023'),
  ('c1090000-0000-4000-8000-00000000000b', 'c1060000-0000-4000-8000-000000000025');

-- Insights -------------------------------------------------------------------
INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000001', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000f', 0,
  0 /* quote */,
  '“I checked the app every morning for a week. Nobody told me anything, so I assumed I’d been turned down and applied somewhere else.” — P07, 41, teacher',
  1 /* interview */, 'Application journey interviews, 12 participants', '2025-11-12');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000002', 'c1050000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000f', 1,
  2 /* data point */,
  '22% of Platinum applications are referred. Median time to decision for referred cases is 4.6 working days; 31% of referred applicants call at least once.',
  5 /* operational data */, 'Decision engine and telephony data, Q4 2025', '2026-01-15');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000003', 'c1050000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-000000000003', 0,
  0 /* quote */,
  '“The letter said pre-selected, so I was shocked when it went to manual review.” — P03, 36, nurse',
  1 /* interview */, 'Application journey interviews, 12 participants', '2025-11-14');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000004', 'c1050000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-000000000008', 0,
  2 /* data point */,
  'Only 38% of applicants could correctly state the annual fee after reading the Key Facts PDF (n = 412).',
  0 /* survey */, 'Comprehension test, online panel', '2025-09-18');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000005', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 0,
  2 /* data point */,
  'First-contact resolution of disputes at TeleServe: 34% (in-house benchmark 68%). Average speed of answer in October 2025: 23 minutes.',
  5 /* operational data */, 'Vendor performance report, October 2025', '2025-11-05');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000006', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 1,
  0 /* quote */,
  '“The agent told me to contact the shop myself. Isn’t that what I pay you for?”',
  2 /* complaint */, 'Complaint CMP-2025-18832', '2025-10-21');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000007', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f', 2,
  1 /* observation */,
  'TeleServe team leaders report that agents escalate to the bank only by email, because the warm-transfer line is not staffed after 17:00.',
  4 /* employee feedback */, 'Vendor site visit, TeleServe Leeds', '2025-12-03');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000008', 'c1050000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-000000000021', 0,
  1 /* observation */,
  'Posts about disputes are three times more likely than any other topic to mention switching bank.',
  3 /* social media */, 'Social listening, September–December 2025', '2026-01-08');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-000000000009', 'c1050000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-000000000018', 0,
  0 /* quote */,
  '“Standing at the hotel desk with my card declined and no text arriving. Mortifying.”',
  0 /* survey */, 'Transactional NPS verbatim, December 2025', '2025-12-19');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-00000000000a', 'c1050000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000026', 0,
  2 /* data point */,
  'Customers with two or more lounge visits renew at 91%; customers with none renew at 64%.',
  5 /* operational data */, 'Rewards data mart, 2025 renewal cohort', '2026-02-10');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-00000000000b', 'c1050000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000014', 0,
  2 /* data point */,
  '18% of cards are activated 30 or more days after delivery; only 40% of those become monthly active.',
  5 /* operational data */, 'Card management system extract, 2025', '2026-01-20');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-00000000000c', 'c1050000-0000-4000-8000-00000000000c', 'c1060000-0000-4000-8000-000000000034', 0,
  2 /* data point */,
  '9 of 10 participants raised a dispute in the prototype in under three minutes without help; all 10 preferred it to calling.',
  6 /* other */, 'Moderated prototype test, in-app dispute flow', '2026-02-17');

INSERT INTO insight (id, stage_id, touchpoint_id, position, kind, text, source, source_detail, date) VALUES (
  'c10a0000-0000-4000-8000-00000000000d', 'c1050000-0000-4000-8000-00000000000d', 'c1060000-0000-4000-8000-000000000039', 0,
  0 /* quote */,
  '“If you showed me this every year I wouldn’t even think about cancelling.” — P11, 52, small-business owner',
  1 /* interview */, 'Concept test, year-in-value summary', '2026-02-19');

INSERT INTO insight_touchpoint (insight_id, touchpoint_id) VALUES
  ('c10a0000-0000-4000-8000-000000000001', 'c1060000-0000-4000-8000-00000000000f'),
  ('c10a0000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-00000000000f'),
  ('c10a0000-0000-4000-8000-000000000002', 'c1060000-0000-4000-8000-000000000010'),
  ('c10a0000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-000000000003'),
  ('c10a0000-0000-4000-8000-000000000003', 'c1060000-0000-4000-8000-00000000000f'),
  ('c10a0000-0000-4000-8000-000000000004', 'c1060000-0000-4000-8000-000000000008'),
  ('c10a0000-0000-4000-8000-000000000005', 'c1060000-0000-4000-8000-00000000001f'),
  ('c10a0000-0000-4000-8000-000000000006', 'c1060000-0000-4000-8000-00000000001f'),
  ('c10a0000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-00000000001f'),
  ('c10a0000-0000-4000-8000-000000000007', 'c1060000-0000-4000-8000-000000000020'),
  ('c10a0000-0000-4000-8000-000000000008', 'c1060000-0000-4000-8000-000000000021'),
  ('c10a0000-0000-4000-8000-000000000008', 'c1060000-0000-4000-8000-00000000001f'),
  ('c10a0000-0000-4000-8000-000000000009', 'c1060000-0000-4000-8000-000000000018'),
  ('c10a0000-0000-4000-8000-000000000009', 'c1060000-0000-4000-8000-000000000019'),
  ('c10a0000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000026'),
  ('c10a0000-0000-4000-8000-00000000000a', 'c1060000-0000-4000-8000-000000000025'),
  ('c10a0000-0000-4000-8000-00000000000b', 'c1060000-0000-4000-8000-000000000014'),
  ('c10a0000-0000-4000-8000-00000000000b', 'c1060000-0000-4000-8000-000000000012'),
  ('c10a0000-0000-4000-8000-00000000000c', 'c1060000-0000-4000-8000-000000000034'),
  ('c10a0000-0000-4000-8000-00000000000c', 'c1060000-0000-4000-8000-000000000037'),
  ('c10a0000-0000-4000-8000-00000000000d', 'c1060000-0000-4000-8000-000000000039');

INSERT INTO insight_pain_point (insight_id, pain_point_id) VALUES
  ('c10a0000-0000-4000-8000-000000000001', 'c1080000-0000-4000-8000-000000000006'),
  ('c10a0000-0000-4000-8000-000000000002', 'c1080000-0000-4000-8000-000000000006'),
  ('c10a0000-0000-4000-8000-000000000003', 'c1080000-0000-4000-8000-000000000001'),
  ('c10a0000-0000-4000-8000-000000000004', 'c1080000-0000-4000-8000-000000000002'),
  ('c10a0000-0000-4000-8000-000000000005', 'c1080000-0000-4000-8000-00000000000c'),
  ('c10a0000-0000-4000-8000-000000000005', 'c1080000-0000-4000-8000-00000000000d'),
  ('c10a0000-0000-4000-8000-000000000006', 'c1080000-0000-4000-8000-00000000000c'),
  ('c10a0000-0000-4000-8000-000000000007', 'c1080000-0000-4000-8000-00000000000c'),
  ('c10a0000-0000-4000-8000-000000000008', 'c1080000-0000-4000-8000-00000000000c'),
  ('c10a0000-0000-4000-8000-000000000009', 'c1080000-0000-4000-8000-000000000009'),
  ('c10a0000-0000-4000-8000-00000000000a', 'c1080000-0000-4000-8000-000000000010');

-- Metrics (scope: the as-is journey) -----------------------------------------
-- Relationship NPS — Platinum card
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'c10b0000-0000-4000-8000-000000000001', 0, 'Relationship NPS — Platinum card',
  0 /* NPS */, 2 /* behaviour */, 0, 10, 0 /* higher is better */, 'NPS', 30,
  1 /* journey */, 'c1030000-0000-4000-8000-000000000001');

-- Servicing CSAT (top-two-box)
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'c10b0000-0000-4000-8000-000000000002', 1, 'Servicing CSAT (top-two-box)',
  1 /* CSAT */, 1 /* perception */, 1, 5, 0 /* higher is better */, '%', 80,
  1 /* journey */, 'c1030000-0000-4000-8000-000000000001');

-- Customer Effort Score
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'c10b0000-0000-4000-8000-000000000003', 2, 'Customer Effort Score',
  2 /* CES */, 0 /* interaction */, 1, 7, 0 /* higher is better */, '', 5.5,
  1 /* journey */, 'c1030000-0000-4000-8000-000000000001');

-- Application abandonment rate
INSERT INTO metric (id, position, name, kind, category, scale_min, scale_max, direction, unit, target,
                    scope_kind, scope_id) VALUES (
  'c10b0000-0000-4000-8000-000000000004', 3, 'Application abandonment rate',
  3 /* custom */, 2 /* behaviour */, 0, 100, 1 /* lower is better */, '%', 25,
  1 /* journey */, 'c1030000-0000-4000-8000-000000000001');

-- Measurements: Relationship NPS — Platinum card
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('c10c0000-0000-4000-8000-000000000001', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 14, 420, 0, ''),
  ('c10c0000-0000-4000-8000-000000000002', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 13, 388, 0, ''),
  ('c10c0000-0000-4000-8000-000000000003', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 12, 405, 0, ''),
  ('c10c0000-0000-4000-8000-000000000004', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 11, 362, 0, ''),
  ('c10c0000-0000-4000-8000-000000000005', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 9, 351, 0, ''),
  ('c10c0000-0000-4000-8000-000000000006', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 6, 410, 0, 'TeleServe disputes backlog (agent attrition)'),
  ('c10c0000-0000-4000-8000-000000000007', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', 4, 433, 0, ''),
  ('c10c0000-0000-4000-8000-000000000008', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', 2, 447, 0, 'Low point: dispute queue times up to 23 minutes'),
  ('c10c0000-0000-4000-8000-000000000009', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 5, 398, 0, ''),
  ('c10c0000-0000-4000-8000-00000000000a', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 7, 372, 0, 'Warm transfer to in-house disputes team introduced'),
  ('c10c0000-0000-4000-8000-00000000000b', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 10, 415, 0, ''),
  ('c10c0000-0000-4000-8000-00000000000c', 'c10b0000-0000-4000-8000-000000000001', 1, 'c1030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 12, 402, 0, 'Temporary-credit authority for TeleServe agents');

-- Measurements: Servicing CSAT (top-two-box)
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('c10c0000-0000-4000-8000-00000000000d', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 72, 512, 0, ''),
  ('c10c0000-0000-4000-8000-00000000000e', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 71, 498, 0, ''),
  ('c10c0000-0000-4000-8000-00000000000f', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 72, 530, 0, ''),
  ('c10c0000-0000-4000-8000-000000000010', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 70, 476, 0, ''),
  ('c10c0000-0000-4000-8000-000000000011', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 68, 455, 0, ''),
  ('c10c0000-0000-4000-8000-000000000012', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 65, 520, 0, ''),
  ('c10c0000-0000-4000-8000-000000000013', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', 63, 566, 0, ''),
  ('c10c0000-0000-4000-8000-000000000014', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', 61, 591, 0, ''),
  ('c10c0000-0000-4000-8000-000000000015', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 64, 540, 0, ''),
  ('c10c0000-0000-4000-8000-000000000016', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 67, 503, 0, ''),
  ('c10c0000-0000-4000-8000-000000000017', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 69, 528, 0, ''),
  ('c10c0000-0000-4000-8000-000000000018', 'c10b0000-0000-4000-8000-000000000002', 1, 'c1030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 71, 517, 0, '');

-- Measurements: Customer Effort Score
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('c10c0000-0000-4000-8000-000000000019', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-03-01', '2025-03-31', 4.9, 236, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001a', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-04-01', '2025-04-30', 4.9, 221, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001b', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-05-01', '2025-05-31', 4.8, 245, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001c', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-06-01', '2025-06-30', 4.8, 210, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001d', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-07-01', '2025-07-31', 4.6, 198, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001e', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-08-01', '2025-08-31', 4.4, 254, 0, ''),
  ('c10c0000-0000-4000-8000-00000000001f', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-09-01', '2025-09-30', 4.2, 270, 0, ''),
  ('c10c0000-0000-4000-8000-000000000020', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-10-01', '2025-10-31', 4.1, 281, 0, ''),
  ('c10c0000-0000-4000-8000-000000000021', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-11-01', '2025-11-30', 4.3, 243, 0, ''),
  ('c10c0000-0000-4000-8000-000000000022', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2025-12-01', '2025-12-31', 4.5, 229, 0, ''),
  ('c10c0000-0000-4000-8000-000000000023', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2026-01-01', '2026-01-31', 4.6, 250, 0, ''),
  ('c10c0000-0000-4000-8000-000000000024', 'c10b0000-0000-4000-8000-000000000003', 1, 'c1030000-0000-4000-8000-000000000001', '2026-02-01', '2026-02-28', 4.8, 238, 0, '');

-- Measurements: Application abandonment rate
INSERT INTO measurement (id, metric_id, scope_kind, scope_id, period_start, period_end, value,
                         sample_size, source, note) VALUES
  ('c10c0000-0000-4000-8000-000000000025', 'c10b0000-0000-4000-8000-000000000004', 1, 'c1030000-0000-4000-8000-000000000001', '2025-01-01', '2025-03-31', 37.5, 8420, 0, 'Applications started in the app and on the web'),
  ('c10c0000-0000-4000-8000-000000000026', 'c10b0000-0000-4000-8000-000000000004', 1, 'c1030000-0000-4000-8000-000000000001', '2025-04-01', '2025-06-30', 36.8, 8105, 0, ''),
  ('c10c0000-0000-4000-8000-000000000027', 'c10b0000-0000-4000-8000-000000000004', 1, 'c1030000-0000-4000-8000-000000000001', '2025-07-01', '2025-09-30', 38.9, 9310, 0, 'Summer travel campaign: more browsing starts'),
  ('c10c0000-0000-4000-8000-000000000028', 'c10b0000-0000-4000-8000-000000000004', 1, 'c1030000-0000-4000-8000-000000000001', '2025-10-01', '2025-12-31', 35.6, 8877, 0, 'Timeout warning released in November');

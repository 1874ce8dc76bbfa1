namespace Governance.AI.Tests.Caching;

/// <summary>
/// An evaluation set for the whole offline semantic-cache decision (offline embedder + default threshold + default
/// guard), written independently of the guard's word lists: pairs that must hit (paraphrases) and pairs that must
/// miss (a different answer is needed). One pair per line, the two prompts separated by " || ".
/// </summary>
internal static class GeneralizationEvaluationSet
{
    public const string ShouldHit = """
        Can you recommend a good book? || Can you suggest a good book?
        How do I fix a flat tire? || How do I repair a flat tire?
        Where can I buy cheap flights? || Where can I purchase cheap flights?
        Show me the list of files || Display the list of files
        What's the best way to learn guitar? || What is the best way to learn guitar?
        How do I delete my account? || How can I delete my account?
        Please tell me how to boil an egg || Tell me how to boil an egg
        Could you explain how photosynthesis works? || Can you explain how photosynthesis works?
        How do I make pancakes? || How can I make pancakes?
        What does this error mean? || What does this error message mean?
        Give me some tips for sleeping better || Can you give me tips for sleeping better?
        How do I change my email address? || How can I change my email address?
        How do I start a vegetable garden? || How do I begin a vegetable garden?
        What are good exercises for back pain? || What are some good exercises for back pain?
        How can I improve my writing skills? || How do I improve my writing skills?
        How do I cook rice? || How should I cook rice?
        Summarize the plot of Hamlet || Give me a summary of the plot of Hamlet
        How do I get rid of ants in my kitchen? || How can I get rid of ants in my kitchen?
        What is a healthy breakfast? || What's a healthy breakfast?
        How do I clean a cast iron pan? || How should I clean a cast iron pan?
        Can you help me write a cover letter? || Could you help me write a cover letter?
        How do I find my IP address? || How can I find my IP address?
        I need a recipe for banana bread || Give me a recipe for banana bread
        What's the quickest way to lose weight? || What is the fastest way to lose weight?
        How do I stop my dog from barking? || How can I stop my dog from barking?
        How do I choose a laptop? || How do I pick a laptop?
        How do I remove a stain from a shirt? || How do I get a stain out of a shirt?
        What is the meaning of life? || What's the meaning of life?
        How do I create a new folder? || How do I make a new folder?
        Can you translate this sentence? || Could you please translate this sentence?
        Where is the nearest hospital? || Where's the nearest hospital?
        How do I connect to the wifi? || How can I connect to the wifi?
        What are the benefits of drinking water? || What are the advantages of drinking water?
        How big is the Pacific Ocean? || How large is the Pacific Ocean?
        How do I install the app? || How can I install the app?
        Why is the sky blue? || Why's the sky blue?
        How do I calm down when I'm anxious? || How can I calm down when I am anxious?
        What should I eat before running? || What should I eat before a run?
        How do I write a good resume? || How do I write a great resume?
        How do I speed up my computer? || How can I make my computer faster?
        How do I turn off my phone? || How do I switch off my phone?
        Tell me a funny joke || Tell me a joke that is funny
        What are some easy dinner ideas? || What are some simple dinner ideas?
        How do I unsubscribe from emails? || How can I unsubscribe from emails?
        How do I prepare for a job interview? || How should I prepare for a job interview?
        How do I build a website? || How can I build a website?
        What causes headaches? || What are the causes of headaches?
        How do I save money on groceries? || How can I save money on groceries?
        Explain how vaccines work || Can you explain how vaccines work?
        How do I grow tomatoes? || How do you grow tomatoes?
        What's a good name for a cat? || What is a good name for a cat?
        How do I sort a list? || How can I sort a list?
        How do I check my credit score? || How can I check my credit score?
        Find me a cheap hotel || Find a cheap hotel for me
        I want to learn to swim || I would like to learn to swim
        How do I make my code run faster? || How do I make my code faster?
        How does a car engine work? || How do car engines work?
        What is the purpose of a firewall? || What's the purpose of a firewall?
        How do I handle a difficult coworker? || How should I deal with a difficult coworker?
        Help me plan a birthday party || Can you help me plan a birthday party?
        How do I update my phone? || How can I update my phone?
        What's the difference between a virus and bacteria? || What is the difference between a virus and bacteria?
        How do I improve my sleep? || What can I do to improve my sleep?
        Where do I find my saved passwords? || Where can I find my saved passwords?
        Is coffee bad for you? || Is coffee bad for your health?
        """;

    public const string MustMiss = """
        What is the capital of France? || What is the capital of Germany?
        How do I turn on the lights? || How do I turn off the lights?
        Is port 6379 open? || Is port 6379 closed?
        How do I sort a list in Python? || How do I sort a list in Java?
        Convert 10 miles to kilometers || Convert 10 kilometers to miles
        Convert 20 dollars to euros || Convert 20 euros to dollars
        How many calories are in 2 eggs? || How many calories are in 3 eggs?
        How do I create a database? || How do I delete a database?
        What is the population of Canada? || What is the population of Mexico?
        Translate hello into Spanish || Translate hello into French
        Is the museum open on Monday? || Is the museum open on Sunday?
        Which is bigger, the sun or the moon? || Which is smaller, the sun or the moon?
        How do I enable notifications? || How do I disable notifications?
        Flights from London to Paris || Flights from Paris to London
        What is 15 percent of 200? || What is 20 percent of 200?
        Who won the World Cup in 2018? || Who won the World Cup in 2022?
        How do I install Node on Windows? || How do I install Node on Linux?
        Is it safe to eat raw chicken? || Is it safe to eat cooked chicken?
        What is the boiling point of water in Celsius? || What is the boiling point of water in Fahrenheit?
        How do I increase the volume? || How do I decrease the volume?
        Write a poem about the ocean || Write a poem about the mountains
        How do I read a file in C#? || How do I read a file in Rust?
        What's the weather in Tokyo? || What's the weather in Seoul?
        How do I lock my screen? || How do I unlock my screen?
        I can eat peanuts || I can't eat peanuts
        Should I take the job? || Should I not take the job?
        What time does the store open? || What time does the store close?
        How long does it take to drive 100 km? || How long does it take to drive 200 km?
        What is the price of gold? || What is the price of silver?
        How do I upload a file? || How do I download a file?
        Paint the wall red || Paint the wall blue
        What happened in March 2020? || What happened in April 2020?
        Is the meeting at 3 pm? || Is the meeting at 4 pm?
        How many ounces in a pound? || How many grams in a pound?
        How tall is Mount Everest in meters? || How tall is Mount Everest in feet?
        Recommend a movie for kids || Recommend a movie for adults
        How do I add a user? || How do I remove a user?
        Who is the president of Brazil? || Who is the president of Argentina?
        What is the fastest animal? || What is the slowest animal?
        How do I encrypt a file? || How do I decrypt a file?
        How do I buy stocks? || How do I sell stocks?
        What is the cheapest phone? || What is the most expensive phone?
        Is tea healthier than coffee? || Is coffee healthier than tea?
        Explain recursion in JavaScript || Explain recursion in Haskell
        What are the symptoms of diabetes? || What are the symptoms of asthma?
        How do I import data into Excel? || How do I export data from Excel?
        What is the time in New York? || What is the time in Los Angeles?
        Send the report on Friday || Send the report on Tuesday
        How do I start the server? || How do I stop the server?
        What is the square root of 144? || What is the square root of 169?
        Is the bridge north of the river? || Is the bridge south of the river?
        How do I merge two branches? || How do I split two branches?
        The payment succeeded || The payment failed
        How do I make the text bold? || How do I make the text italic?
        Show me hotels with a pool || Show me hotels without a pool
        How do I get from the airport to the station? || How do I get from the station to the airport?
        How much does a Tesla cost? || How much does a Toyota cost?
        What do cats eat? || What do dogs eat?
        Write a function that returns the maximum || Write a function that returns the minimum
        Is the shop open in December? || Is the shop open in January?
        Book a table for two || Book a table for six
        Teach me to play the piano || Teach me to play the violin
        How do I grant admin access? || How do I revoke admin access?
        Is this mushroom poisonous? || Is this mushroom edible?
        What's the exchange rate for yen? || What's the exchange rate for pounds?
        """;

    // Written after the synonym groups, without looking at them again: a check that the lexicon generalizes.
    public const string ShouldHitFresh = """
        How do I fix my bike? || How can I repair my bicycle?
        Suggest a movie to watch tonight || Recommend a film to watch tonight
        Where can I purchase a used car? || Where can I buy a used car?
        What's the easiest way to learn Spanish? || What is the simplest way to learn Spanish?
        How do I clean my oven? || How should I clean my oven?
        Could you check my grammar? || Can you check my grammar please?
        How do I pick a good watermelon? || How do I choose a good watermelon?
        What are the advantages of solar panels? || What are the benefits of solar panels?
        How do I cancel my order? || How can I cancel my order?
        How do I make a budget? || How do I create a budget?
        Tell me about the history of Rome || Can you tell me about the history of Rome?
        How do I stop snoring? || How can I stop snoring?
        What's a good gift for my mom? || What is a nice present for my mom?
        How do I organize my closet? || How do I arrange my closet?
        Explain how a mortgage works || Could you explain how mortgages work?
        How do I locate my lost phone? || How do I find my lost phone?
        What's the fastest route to work? || What is the quickest route to work?
        How do I prevent mold in the bathroom? || How do I avoid mold in the bathroom?
        I need help writing an essay || Help me write an essay
        How do I start running? || How do I begin running?
        What are common mistakes in chess? || What are common errors in chess?
        How do I boil pasta? || How should I boil pasta?
        Where's a cheap place to eat? || Where is an inexpensive place to eat?
        How do I merge two PDFs? || How do I combine two PDFs?
        How do I calm a crying baby? || How can I calm a crying infant?
        What is the main cause of inflation? || What's the primary cause of inflation?
        How do I take a screenshot? || How can I take a screenshot?
        How do I improve my posture? || How can I improve my posture?
        Show me how to tie a tie || Can you show me how to tie a tie?
        What's the difference between stocks and bonds? || What is the difference between stocks and bonds?
        """;

    public const string MustMissFresh = """
        How do I fix my bike? || How do I sell my bike?
        Recommend a movie for tonight || Recommend a book for tonight
        What's the easiest way to learn Spanish? || What's the hardest way to learn Spanish?
        What's the easiest way to learn Spanish? || What's the easiest way to learn German?
        Is the store open now? || Is the store shut now?
        How do I cancel my order? || How do I track my order?
        How do I make a budget? || How do I break a budget?
        What's a good gift for my mom? || What's a good gift for my dad?
        What is the main cause of inflation? || What is the main cause of deflation?
        Write a SQL query to find duplicates || Write a SQL query to delete duplicates
        How do I convert a string to an int in Go? || How do I convert a string to an int in Kotlin?
        What's the fastest route to work? || What's the slowest route to work?
        How many days until Christmas? || How many days until Easter?
        Set an alarm for 7 am || Set an alarm for 8 am
        How do I merge two PDFs? || How do I split two PDFs?
        I like spicy food || I don't like spicy food
        How do I hide a column in Excel? || How do I show a column in Excel?
        Is milk good for cats? || Is milk bad for cats?
        What is heavier, a kilo of feathers or a kilo of steel? || What is lighter, a kilo of feathers or a kilo of steel?
        Translate good morning into Italian || Translate good morning into Portuguese
        How do I compress a video? || How do I decompress a video?
        How many teaspoons in a tablespoon? || How many tablespoons in a teaspoon?
        How do I follow someone on Twitter? || How do I unfollow someone on Twitter?
        What's the temperature in Madrid? || What's the temperature in Lisbon?
        Draw a green circle || Draw a yellow circle
        What happens if I eat expired yogurt? || What happens if I eat expired cheese?
        How do I increase my credit limit? || How do I lower my credit limit?
        Schedule the meeting for Wednesday || Schedule the meeting for Thursday
        What's the best laptop under 500 dollars? || What's the best laptop under 1000 dollars?
        How do I push to the main branch? || How do I pull from the main branch?
        Is a tomato a fruit? || Is a tomato a vegetable?
        How do I become a nurse? || How do I become a pilot?
        Sort the array in ascending order || Sort the array in descending order
        How do I reverse a string in Ruby? || How do I reverse a string in PHP?
        Why do cats purr? || Why do cats hiss?
        """;
}

// English passphrase words: common, concrete, lowercase a-z, written for Koers. Words with a
// heavy or painful meaning are left out on purpose (this is a mental-health tool).
import { parseWordList } from './parse';

/** The English word list (at least 2048 distinct words). */
export const englishWords: readonly string[] = parseWordList(`
abroad absent absorb abstract absurd academy achieve acorn acquire active
actor actress adapt adjust admire admit advent advise aerobic affair afford afraid
afternoon again agenda agile agree airport aisle album alder alert allow alpha amateur
amaze amazing amber ample amuse analyst anchor ancient ankle answer ant antenna anthem anvil
anybody ape apology appear applaud apple approach approve apricot april apron arcade archer
arctic arena arm armchair aroma arrange arrival arrive arrow artist artwork ash ask aspire
asthma athlete atlas attach attempt attend attic attire august author autumn avenue avocado
avoid awake aware awe awning axe back backyard badge badger baggage bake baker bakery balance
balcony ball ballet balloon ballot banana band bandit bank banker banner banquet barber bargain
bark barley barn baron basic basil basin basket bat batch bathe bathroom battery bay beach
beacon beaker bean bear beautiful beaver beckon bedroom bee beech beetle beggar begin behold
beige believe bell bellow belly belong belt bend beret berry beside beverage bicycle big bike
billion biology birch bird birthday biscuit bishop bison bitter black blackbird blank blanket
blazer blend blender blind blink blizzard blood blossom blouse blue bluff blunt board boast boat
boil boiler bold bolt bone bonfire bonnet book bookcase boot border borough borrow bottle bottom
boulder bounce bouncy bouquet boutique bowl bracelet brain brainy brake branch brave bread
breakfast breath breathe breeze breezy brewery bridge brief brigade bright brighten brilliant
bring bristle broccoli brochure broken bronze brook broom broth brown browse brush bubble bucket
buckle bud buddy buffet bugle build builder bulb bumpy bun bundle bungalow burrow bus bush busy
butcher butter butterfly button buy buzzard cabbage cabin cabinet cable cafe cake calendar call
calm camel camper campus canal canary candid candle candy cannery canoe canvas canyon cap
capsule captain car caramel caravan cardigan care career careful careless caretaker carnival
carpenter carpet carrot carry cart cartoon cashew cassette castle casual cat catch catfish
cathedral cauldron cause cave cavern cedar celebration celery cellar cello center ceremony chain
chalk chamber chance change chapel charcoal chariot charity charm charming chart cheap cheek
cheerful cheese cheetah chef chemist cherish cherry chest chestnut chicken chili chilly chimney
chin chipmunk chisel chocolate choice choir choose chop chopstick chord chubby chuckle church
churchyard cider cinema cinnamon citrus city clam clarinet class classic classroom clatter clay
clean clerk clever cliff climb climber clinic clip clock close closed closet cloud cloudy clove
clover clumsy coach coast coastal coat cobra cocoa coconut cod coffee colander cold collar
collect college colorful comet comfort comfy common compare compass complain concern concert
concrete condor cone confess connect consult contest continue cook cookie cool cooperate copper
copy coral corn corner cornfield correct cosmic costume cottage cotton cougar council count
counter courage courier course courtyard cove cow cowboy cozy crab cracker crackle cradle craft
crafty cranberry crane crate crawl crayon crazy cream creamy creek crest cricket crimson crisp
crocodile crooked crow crown crunchy cry cucumber cuddle cuddly cup cupboard cupcake curious
curler curly curtain cushion custard custom cut cute cutting cyclist daffodil dairy daisy dance
dancer dandelion dangle daring dark dart dashboard database date dawn day dazzle dazzling dear
december decent decide deck decoy deep deer delicate delight delightful deliver delta denim
dentist depend depth desert deserve dessert detour develop dew dial diary differ dill diner
dinner dipper direction dirty disco discover dishwasher distance disturb ditch dive diver dizzy
dock doctor dog dolphin dome domino donkey doodle door doorbell doorway double dough dove
downtown drag dragonfly draw drawer drawing dream dreamy dress dresser dribble drift drill drink
drive driver driveway drizzle drone drop drowsy drum drummer dry duck duckling duet dull
dumpling dune dungeon dusk dust duster dusty duty duvet dwell eager eagle ear early earring
easel easy easygoing eat eclipse edge educate eel effect egg eggplant eight elastic elbow
elegant elephant eleven elk elm ember embrace emerald emperor empire empty enamel encourage
endless engine engineer enjoy enormous enter entire entrance envelope envoy equal equator errand
escape escort estuary evening evergreen exact exam examine excite expect expert explain explore
explorer eye fable face factory falcon false famous fan fancy fanfare far farm farmer farmyard
fast fasten faucet fearless feast feather february feed fence fern ferry festival festive fetch
fiddle fidget field fierce fifty fig file fill film finch find fine finger finish fir firefly
fireplace fish fisher five fix fjord flag flaky flannel flask flat fleet flicker flint float
flour flower fluffy flute flutter fly fodder fog foggy fold folder folk follow fond foolish foot
footstep forecast forest forget forgive fork form forty fountain four fox fragile fragrance
frame frank frantic freckle freeze freezer fresh friday fridge friendly frog front frost frosty
frozen fry fudge full funnel funny furniture furry fuzzy gale galley gallon gallop game garage
garden gardener garlic garnet gate gather gazebo gear gecko gem gentle geyser giant giddy gift
gigantic giggle ginger ginseng giraffe give glacier glad gladly glass glider glisten glitter
globe glorious glove glue gnat goal goat gobble goblet goblin goggles golden golf gondola good
goose gopher gorilla gourd grab graceful grammar grand granite grape grass grateful grater
gravel gravy gray greasy green greet greeting grey griffin grill grove grow grumble grumpy guard
guava guess guide guitar gull gust gutter habit hail hair hairy halibut hallway halo hamlet
hammer hammock hand handbag handle handsome handy hanger happen happy harbor harborside hard
hare harmony harp harvest hasty hat hatch haven hawk hazel head headline heal healthy hear heart
hearth heather heavy hedge hedgehog heel height helium helmet help helpful hen herb heron
herring hide high hiker hill hilltop hinge hip hippo hit hive hoe hold holiday hollow holly home
honest honey honeybee hood hook hope hopeful horizon horn hornet horse hospital hot hotdog hotel
hour house hover hug huge hum humble hummus hundred hungry hurry hut hyacinth ice iceberg icy
idea idle igloo imagine impala improve include infinity inform ink inlet inn inside insight
inspect instinct instruct interrupt introduce invent invite iris iron island ivory ivy jackal
jacket jade jagged jaguar jam january jar jasmine jaw jay jeans jellyfish jersey jester jetty
jigsaw jingle job jockey jogger jolly journal journey joy jubilee jug juggle juggler juice juicy
jukebox july jump jumpy june jungle juniper jury kangaroo kayak keen keep keeper kennel kernel
ketchup kettle key keyboard kick kiln kilt kind kindness kingfisher kiosk kiss kitchen kiwi
knapsack knee kneel knife knight knit knob knock knot know koala label ladder ladle lagoon lake
lakeside lamp lane lantern lap lark lasso latch late lattice laugh launch laundry lavender law
lawn lazy leaf lean learn leash leather leave ledger leek leg legume lemon lemonade lemur lend
length lentil leopard lesson letter lettuce level library license lid lie lift light lightning
like lilac lily lime limerick linen linger lion lip lipstick listen litter lively lizard llama
lobster lock locket locust lodge lollipop long longing look loom lose lotus loud love lovely low
loyal lucky lullaby lunch lung lynx macaw magical magnet magpie mailbox majestic mallet mammoth
manage manager mandolin mango manor mantle map maple marathon march margarine margin marigold
market marketplace marmot maroon marry marsh marshmallow mascot match matter mattress may mayor
meadow measure medal medley meeting melon melt memory mend mention mercy mermaid merry messy
metal meteor method microbe middle midnight mighty mild mildew milk mill million mind miner
minnow mint minute mirror mist mitten mix mixer moat mocha modern moist molasses mole moment
monarch monday monkey monsoon month moon moose mop morning mosaic mosquito moss moth mound
mountain mouse mouth movie mud muddy muffin muffler mug mule mumble mural murmur muscle museum
mussel mustard mystery nacho nail nanny napkin narrow navy near neat neck necklace nectar needle
neon net nettle new newt nibble nice nickel night nightgown nimble nine nod noisy noodle noon
normal nose note notebook notice notion november nugget nurse nut nutmeg nutty oak oar oasis oat
oatmeal obedient obey oboe observe obtain ocean october octopus odd offer office oil old olive
omelet one onion opal open opera optic oracle orange orchard orchid order orderly organic
ornament ostrich otter outfit outing outpost outside oven owl oyster pack paddle paddock page
pagoda paint painter painting paisley pajamas palace pale palette pan pancake pansy panther
pantry papaya paper parade parcel park parka parrot parsley party pasta pastry pasture path
patience patient patio pattern pause pay pea peace peach peacock peak pear pebble pecan pedal
peel peep pelican pen pencil pendant penguin peony pepper perfect perform perfume persuade petal
pewter pharmacist pheasant photo piano piccolo pick pickle picnic picture pie pier pig pigeon
pillow pilot pin pine pineapple pinecone pink pitcher pizza plain plan plane planet plank plant
plastic plate plateau play player playground plaza pliers plucky plug plum plumber plume pocket
poem poet point polite poncho pond ponder poodle pool poor popcorn poplar poppy porch porcupine
porter post postcard postman pot potato pouch pour practice prairie precious prepare present
pretend pretty pretzel prevent prickly pride print prism prize problem produce promise proper
protect proud provide pub puffin pull puma pumpkin pupil purple purse push puzzle puzzled quail
quaint quartz quest question quick quiet quill quilt quirky quiver quiz rabbit race racket radio
radish raft ragged rain rainbow raisin rake ramble ranger rapid rapids rare raspberry rat rattle
raven ravine reach read ready real realize reason receive recital recognize record red reduce
reed reef referee reflect refuse reindeer rejoice relax relay release relic relief remain
remember remind rent repair repeat replace reply report reptile rescue reservoir resort respect
rest restaurant result retire return rhino rhyme ribbon rice rich riddle ride ridge right ring
rinse river riverbank road roam roast robin rock rocket rod roll roof rooftop rooster root rope
rose rosemary rough round rowboat ruby rudder rug rule rumble run runner rush rust rusty rye
sack saddle saffron sage sail sailor salad salmon salsa salt salty sample sand sandal sandy
sapphire sardine satchel saturday sauce saucer savanna save saw scale scarf scarlet scatter
scholar school schoolyard scientist scissors scooter score scramble screw scribble scroll scrub
sea seagull seahorse seal search seashell seaside season seat second secret see seed seek sell
send september sequin serious serve settle seven sew shaggy shallow shampoo shape share shark
sharp sheep sheet shelf shelter sherbet shield shingle shiny ship shirt shiver shoe shop shore
short shorts shoulder shout shovel show shrimp shrub shrug shuffle shy side sierra sieve signal
silent silky silly silo silver simple sing singer sink sit six size skater sketch skill skillet
skin skip skirt sky skylark sledge sleep sleepy sleet sleeve slice slim slipper slippery slither
slope sloth slow slug small smart smell smile smoky smooth smuggle snail snake snatch sneeze
sniff snore snorkel snow snowflake snowy sock socket soda sofa soft soggy soil soldier solid
solution song sonnet sort soup sour spade sparkle sparkly sparrow speak speed speedy spend spice
spicy spider spinach spindle spine splash spoil sponge spoon spotless spring sprinkle sprout
spruce square squash squeak squeal squirrel stable stagger stale stallion stand star starfish
start station statue stay steady stem stencil steppe stew sticky stir stomach stomp stone stool
stop store stork storm stormy story stove strange strawberry stream street stretch string stroll
struggle student study stumble sturdy submarine succeed sugar suggest suitcase summer summit sun
sundae sunday sundial sunny sunrise sunset super supper supply support suppose surface surround
suspect swallow swamp swan sweater sweep sweet swift swim swimmer swirl switch syrup system
tablet tadpole tailor take tale talent talk tall tambourine tame tangerine tape tapestry task
taste tasty tavern tea teach teacher teacup teal team teapot teddy telescope tell temple ten
tender tent terrace test thank thankful theater thick thicket thimble thin think thirsty thirty
thistle thorn thought thousand thread three throat throw thrush thumb thunder thursday thyme
tiara tickle tidy tie tiger timer timid timpani tiny tiptoe toad toast toaster today toe toffee
tomato tomb tomorrow tongue tooth top topaz topple torch tortoise toucan tough tour tourist
towel tower town trace tractor trade trail train tram trample travel traveler tray tree trellis
tremble tricky trip trolley trophy trot trousers trout trowel truck true truffle trumpet trunk
trust trusty try tuba tuesday tulip tumble tuna tundra tune tunnel turkey turnip turtle tutor
tweed twelve twenty twig twinkle twirl twisted two ukulele umbrella unicorn unique unite unpack
untie upbeat urchin urn useful usual utensil vacuum vague valentine valiant valley van vanilla
vanish vase vast velvet venture veranda vest vet viaduct village vinegar vineyard viola violet
violin visit vivid voice volcano voyage vulture waddle wade waffle wagon wait waiter wake walk
wallet walrus wand wander warbler wardrobe warehouse warm warmhearted wary wasabi wash wasp
watch water waterfall watermelon wave wealthy weary weaver wedding wednesday weed week weigh
weight well wet whale wheat wheatfield wheel whisk whistle white wicker wide width wiggly willow
wind windmill window windy wink winter wire wise wish witty wizard wobble wobbly wolf wombat
wonder wonderful wood wooden woodpecker woolen woolly word work worm worship worthy wrap wreath
wren wrench wrestle wrist write writer wrong yacht yak yarn yawn year yearn yellow yesterday
yoga yogurt young youthful zany zeal zebra zenith zephyr zesty zigzag zinc zipper zucchini
`);

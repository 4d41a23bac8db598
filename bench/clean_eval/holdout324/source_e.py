"""holdout324, part E: residents' sites, trade associations, company sites, training schools, 范文 apps.

Invented text, written by hand case by case; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="xingyuan-community-spare-key-chain-custody-notice",
        site="涬园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xingyuan-shequ.example.cn/tongzhi/2025/0407/58.html",
        title="关于开展独居老人备用钥匙“一户一链”托管服务的通知",
        record_title="【社区便民告知】关于开展独居老人备用钥匙“一户一链”托管服务的通知｜涬园社区居民之家",
        date="2025-04-07",
        notes=(
            "residents' site: a weather line, a grid worker's box and the property company's repair and night "
            "lines beside the community's own 咨询电话 in the body; 扫码登记 as content; a repeated title "
            "glued before the addressee line; 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【社区便民告知】关于开展独居老人备用钥匙“一户一链”托管服务的通知｜涬园社区居民之家</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 涬园社区居民之家⟧　⟦m 瀵泉街道涬园社区居委会⟧　⟦m 今天 晴 9～21℃　空气质量：良⟧</div>
<div class="sq-nav">⟦m 首页　社区通知　办事指南　邻里活动　志愿服务　居民留言⟧</div>
<div class="sq-crumb">⟦m 首页 » 社区通知⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 531⟧</div>
{BODY}
</div>
<div class="sq-grid">
<p>⟦m 本楼栋网格员：钱晓梅⟧</p>
<p>⟦m 网格员手机：139 0913 4427⟧</p>
</div>
<div class="sq-wy">⟦m 物业报修：0913-3387100　夜间值班：0913-3387119⟧</div>
<div class="sq-foot">⟦m 涬园社区居委会　地址：瀵泉街道涬园路66号⟧</div>
</body>
</html>
""",
        body="""
⟦t 关于开展独居老人备用钥匙“一户一链”托管服务的通知⟧各位居民：
近来，社区多次接到老人出门忘带钥匙、被锁在门外的求助。为解决这一难题，社区决定为辖区独居老人提供备用钥匙托管服务。
一、服务对象：本社区65周岁以上独居老人，自愿参加。
二、托管方式：老人将一把备用钥匙交社区，社区配发编号钥匙链，钥匙链上只有编号，不写姓名和门牌号，统一锁在社区服务站保管柜内，实行双人管理。
三、取用办法：老人本人或登记的家属凭身份证领取，取用和归还均登记签字。
四、报名办法：4月10日至4月30日，到社区服务站填表，或扫码登记后由工作人员上门收取钥匙。
咨询电话：0913-3387264（社区服务站）
瀵泉街道涬园社区居民委员会
2025年4月7日
""",
    ),
    dict(
        slug="guihuaxiang-community-pledge-stairwell-hooks-oneline",
        site="桂花巷社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://guihuaxiang.jiexi.example.cn/cyzx/2025/0520/33.html",
        title="关于文明使用楼道挂画钩的倡议书",
        record_title="文明楼道丨关于文明使用楼道挂画钩的倡议书 - 桂花巷社区网",
        date="2025-05-20",
        notes="residents' site as text, the whole body on one line (paragraphs only by indent); 分享 as content; 成文日期 at the end of the line",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!m 桂花巷社区网　漈溪县城关镇桂花巷社区
!m 首页 | 社区动态 | 倡议征集 | 楼道文化角
!t 文明楼道丨关于文明使用楼道挂画钩的倡议书
!m 2025-05-20　社区居委会　👁 402
{BODY}
!l 热门：桂花巷楼道文化角首批作品征集结果公布
!a 留言（12）　点赞（58）
!m 社区值班电话：0596-8811352
""",
        body="""
全体居民朋友们：
为美化楼道环境，社区在12栋至18栋楼道内统一安装了挂画钩，用于布置“楼道文化角”。为了让这些挂画钩用得好、管得住，我们倡议：
一、挂画钩只用于悬挂社区统一制作的书画作品和宣传画，请勿挂放衣物、袋子等杂物。
二、请勿自行在楼道增设挂钩，已安装的挂画钩请勿拆卸、弯折。
三、发现挂画钩松动、画框歪斜的，请及时告知楼栋长或社区。
四、家有小朋友的，请提醒孩子在楼道内不要奔跑打闹。
楼道是大家共同的家，欢迎把这份倡议分享到楼栋群，一起守护好我们的楼道文化角。
桂花巷社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="guangyang-apparel-association-tie-rack-labels-pledge",
        site="洸阳市服装服饰行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gyfzxh.example.org.cn/xhdt/2024/0619/205.html",
        title="关于规范领带架产品标识的自律倡议",
        record_title="〖服饰配件自律〗关于规范领带架产品标识的自律倡议-洸阳市服装服饰行业协会",
        date="2024-06-18",
        notes=(
            "association site: a member-login row and a member hotline; the association's name in the "
            "header is also the signature (matched as head); a numbered list; 成文日期 in Chinese numerals"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖服饰配件自律〗关于规范领带架产品标识的自律倡议-洸阳市服装服饰行业协会</title>
<script>var memberInfo = null;</script>
</head>
<body>
<div class="xh-head">
<div class="xh-logo">⟦m 洸阳市服装服饰行业协会⟧</div>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
</div>
<div class="xh-nav">⟦m 协会首页 | 协会概况 | 协会动态 | 行业标准 | 会员风采 | 联系方式⟧</div>
<div class="xh-crumb">⟦m 协会首页 ＞ 协会动态 ＞ 行业自律⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布者：协会秘书处　浏览次数：296⟧</div>
{BODY}
</div>
<div class="xh-side">⟦l 协会动态：第三届服饰配件设计大赛报名开始⟧</div>
<div class="xh-foot">
<p>⟦m 会员服务专线：0913-3319058⟧</p>
<p>⟦m 洸阳市服装服饰行业协会版权所有　陕ICP备12004476号⟧</p>
</div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，我市领带架、领带收纳盒等服饰配件产品销量增长较快，但市场上部分产品存在标称承重与实际不符、材质标注不清、无生产厂名厂址等问题，损害了消费者权益和行业声誉。为此，协会向全体会员单位发出如下倡议：
1.如实标注。产品标签应注明材质、挂位数量、额定承重和适用安装方式，不虚标、不夸大。
2.明示安装要求。壁挂式领带架应随附安装说明，注明适用墙体和螺丝规格。
3.保证安全。金属挂杆端头应做圆头处理，木制产品含水率和甲醛释放量须符合国家标准。
4.诚信经营。不仿冒他人注册商标和外观设计，不以低价劣质产品扰乱市场。
希望各会员单位带头落实，协会将适时组织抽查并通报结果。
洸阳市服装服饰行业协会
二〇二四年六月十八日
""",
    ),
    dict(
        slug="jiexi-office-furniture-association-minutes-magazine-rack-standard",
        site="漈溪县办公家具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.jxbgjj.example.org/hyjy/2024/1119/71.html",
        title="漈溪县办公家具行业协会三届五次理事会会议纪要",
        record_title="【理事会纪要】漈溪县办公家具行业协会三届五次理事会会议纪要",
        date="2024-11-18",
        date_also=["2024-11-15", "2024-11-19"],
        notes=(
            "association page as text: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting's "
            "时间 line and the 印发 date differ (the document's date expected, the meeting's accepted)"
        ),
        indent="",
        page="""
!m 漈溪县办公家具行业协会
!m 首页 - 协会工作 - 会议纪要
!t 【理事会纪要】漈溪县办公家具行业协会三届五次理事会会议纪要
!m 秘书处　2024-11-19
{BODY}
!a 会员可登录后下载会议材料
!m 协会秘书处电话：0596-8870213　地址：漈溪县工业园区管委会二楼
""",
        body="""
时间：2024年11月15日上午9:00
地点：协会会议室
主持：会长　程启东
出席：理事17人（应到19人）
列席：监事长　梁慧
记录：秘书处　龚小蔓
会议审议了《期刊杂志架》团体标准（征求意见稿），形成如下纪要：
一、原则通过团体标准征求意见稿。标准规定了期刊杂志架的分类、尺寸、承重、稳定性和表面处理要求，其中落地式杂志架须通过10度倾斜不倾倒试验。表决结果：同意16票，反对0票，弃权1票。
二、由秘书处在12月15日前向会员单位和图书馆、学校等用户单位公开征求意见。
三、标准发布后，协会组织会员单位开展宣贯培训，并推荐达标产品进入县政府采购目录。
漈溪县办公家具行业协会
2024年11月18日印发
""",
    ),
    dict(
        slug="muyu-home-company-news-adjustable-shoe-trees-cookie",
        site="岏山木语家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.muyu-home.example.com/news/2025/0410/new-shoe-tree.html",
        title="木语家居推出香樟木可调鞋撑新品",
        record_title="木语家居推出香樟木可调鞋撑新品-木语新闻-岏山木语家居",
        record_date="2025-04-10",
        date="2025-04-10",
        notes=(
            "company news page: a cookie notice and a service float; the record gives the date; the company's "
            "short name is also in the body's first words (the header label matched as head); an order line "
            "beside the after-sales line"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>木语家居推出香樟木可调鞋撑新品-木语新闻-岏山木语家居</title>
<script src="/js/cookie-consent.js"></script>
</head>
<body>
<header>
<div class="logo">⟦m 木语家居⟧</div>
<nav>⟦m 首页 · 产品中心 · 定制服务 · 新闻中心 · 关于木语 · 联系我们⟧</nav>
</header>
<div class="banner">⟦m 一木一语　自然好物⟧</div>
<div class="bread">⟦m 首页 &gt; 新闻中心 &gt; 企业动态⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025-04-10　｜　企业动态⟧</div>
{BODY}
</article>
<div class="float-svc">⟦w 在线客服⟧ ⟦m 订购热线：400-687-2291⟧</div>
<div class="cookie-bar">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 岏山木语家居有限公司　闽ICP备21011833号-1⟧</footer>
</body>
</html>
""",
        body="""
木语家居近日推出香樟木可调鞋撑新品。新品采用潽岭村合作社供应的香樟木，前掌按男女鞋型分为圆头、方头两款，中间连杆可在3厘米范围内调节长度，一副鞋撑可适配相邻三个尺码。
与上一代产品相比，新品取消了金属弹簧，改用木质卡槽调节，避免弹簧生锈弄脏鞋里；后跟部分加装了提拉圆环，取放更方便。每副鞋撑出厂前经过低温烘干，含水率控制在12%以下。
新品已在公司门店和网店同步上架。老客户凭旧鞋撑可享以旧换新优惠，回收的旧鞋撑将统一打磨后捐赠给县养老服务中心。
售后服务电话：0596-8856318（工作日9:00—17:30）
""",
    ),
    dict(
        slug="xingqu-crafts-recall-cartoon-key-chains-batches",
        site="溙城区乐趣饰品有限公司 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lequ-shipin.example.cn/gonggao/2025/0609.html",
        title="关于召回部分儿童卡通钥匙链的公告",
        date="2025-06-09",
        notes="company page as text: the record title as is; a recall table one row a paragraph; the recall line beside a 400 order line; sentences on 扫码 as content; 成文日期",
        indent="\u3000\u3000",
        page="""
!m 乐趣饰品 · 让小物件带来大快乐
!m 首页　产品展示　企业公告　经销合作　联系我们
{T}
!m 2025-06-09　企业公告　阅读 1290
{BODY}
!m 批发订货：400-855-6026
!d Copyright © 溙城区乐趣饰品有限公司
""",
        body="""
我公司生产的部分儿童卡通软胶钥匙链，在洸阳市市场监督管理局组织的监督抽查中，被检出可触及小零件项目不合格，存在儿童误吞的风险。为保障消费者安全，我公司决定自即日起召回以下批次产品。
产品名称　批次号　生产日期
小熊软胶钥匙链　LQ2411-07　2024年11月
兔子软胶钥匙链　LQ2412-02　2024年12月
恐龙软胶钥匙链　LQ2501-05　2025年1月
请购买了上述产品的消费者立即停止使用，可到原购买店铺办理退货，也可扫描包装背卡上的二维码登记，我公司将上门收回并全额退款。
召回专线：0913-3392058（每日8:30—20:00）
溙城区乐趣饰品有限公司
2025年6月9日
""",
    ),
    dict(
        slug="yishe-school-wardrobe-course-tie-racks-brochure",
        site="衣舍生活美学培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yishe-meixue.example.com/kecheng/shounashi-zhoumo.html",
        title="衣橱收纳师周末班招生简章",
        record_title="【三月开班】衣橱收纳师周末班招生简章（满12人封班）- 衣舍生活美学",
        date=None,
        notes=(
            "training school: a promo banner and a consult float; a course table one row a paragraph; the "
            "school's own 报名电话 beside a 400 franchise line; a brochure has no date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【三月开班】衣橱收纳师周末班招生简章（满12人封班）- 衣舍生活美学</title>
<script src="/js/promo-popup.js"></script>
</head>
<body>
<div class="promo">⟦a 🎉 春季报名季：两人同报各减300元，名额有限⟧</div>
<header>⟦m 衣舍生活美学培训学校⟧ <nav>⟦m 首页 · 课程 · 师资 · 学员作品 · 关于我们⟧</nav></header>
<div class="course">
<h1>{T}</h1>
{BODY}
</div>
<div class="float-consult">⟦w 课程顾问在线⟧<br>⟦a 免费试听⟧</div>
<div class="join">⟦m 品牌加盟热线：400-030-7716⟧</div>
<footer>⟦m 衣舍生活美学培训学校　洸阳市溙城区文昌路18号　陕ICP备22016604号⟧</footer>
</body>
</html>
""",
        body="""
衣橱收纳师是近年兴起的新职业。本课程面向有意从事上门整理服务的学员和想打理好自家衣橱的朋友，用四个周末，带你从“会叠衣服”走到“会规划衣橱”。
课程安排如下：
周次　主题　内容
第一周　衣橱诊断　空间测量、衣物分类与取舍
第二周　挂放系统　衣杆高度、领带架与腰带架的选用和安装
第三周　折叠收纳　T恤、毛衣、内衣的折叠方法
第四周　上门实训　分组到学员家中完成一次整理
第二周的实操课上，每位学员将亲手在样板衣柜里安装一组抽拉式领带架，学会测量柜体深度、选择合适的挂位数量。
学费：2680元（含教材和实训耗材）
上课地点：学校二楼实训室
报名电话：0913-3316627（蒋老师）
""",
    ),
    dict(
        slug="ruanzhuang-school-picture-hanging-course-brochure",
        site="溙城软装设计培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.tcrzpx.example.cn/kc/guahua-shicao.html",
        title="软装挂画实操课招生简章",
        record_title="软装挂画实操课招生简章（含挂画钩选用与安装）｜溙城软装设计培训中心",
        date=None,
        notes="training school as text: promo lines around the body, a trial-lesson line between paragraphs; a numbered list; the centre's 报名电话 beside its 400 line; no date",
        indent="",
        page="""
!m 溙城软装设计培训中心
!a 限时福利｜报名即送软装配色手册一本
!t 软装挂画实操课招生简章（含挂画钩选用与安装）
{BODY}
!w 添加课程顾问微信：rz_guwen2025，领取课程表
!m 全国服务热线：400-775-3108
!l 其他课程：软装配色入门　｜　窗帘布艺设计　｜　花艺与软装
""",
        body="""
挂画看似简单，挂不好却很显眼：画挂高了像在“仰望”，挂歪了每天看着难受，钩子选错了还可能掉下来。本课程用一天时间，带你把挂画这件事做对。
课程内容：
1.挂画高度与构图：单幅、组合画、楼梯墙的定位方法。
2.挂画钩选用：钉入式、免钉式、挂镜线、膨胀螺丝各适合什么墙体和重量。
3.安装实操：每位学员在实训墙上独立完成一组三联画的测量、定位和安装。
⟦a 不确定适不适合？可预约一节免费体验课⟧
4.安全要点：床头、沙发上方挂画的注意事项，出租屋如何做到不伤墙面。
上课时间：每月第二个周六　9:00—17:00
学费：680元（含材料费）
报名电话：0913-3329106
""",
    ),
    dict(
        slug="luobi-app-insight-shoe-tree-skills-training-h5",
        site="落笔APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.luobi-app.example.com/share/article/7730512?from=wx",
        title="参加鞋撑制作技能培训心得体会",
        record_title="参加鞋撑制作技能培训心得体会（学员版）｜落笔APP",
        date="2025-06-28",
        notes=(
            "writing app H5 share: an open-app mask, an AI-rewrite button glued after a 。, a fold line between "
            "paragraphs; the signature date is the document's"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>参加鞋撑制作技能培训心得体会（学员版）｜落笔APP</title>
<script>if(!/luobi/i.test(navigator.userAgent)){document.documentElement.className+=" mask-on";}</script>
</head>
<body>
<div class="open-app-mask">⟦a 打开落笔APP，查看完整范文并一键改写⟧ <a>⟦a 立即打开⟧</a></div>
<div class="h5-head">⟦m 落笔 · 写材料不熬夜⟧</div>
<div class="h5-art">
<h1>{T}</h1>
<div class="h5-meta">⟦m 范文库 · 心得体会　｜　2.1万人看过⟧</div>
{BODY}
</div>
<div class="h5-bottom">⟦a AI续写⟧ ⟦a 换个开头⟧ ⟦a 收藏⟧</div>
<div class="h5-rec">⟦l 相关范文：参加木工技能培训心得（3篇）⟧</div>
</body>
</html>
""",
        body="""
6月中旬，我参加了县人社局在岏山木作合作社举办的鞋撑制作技能培训，为期十天。从选料、下料到成型、装配，老师傅手把手地教，我第一次完整地做出了一副香樟木鞋撑。
最大的体会是“慢就是快”。第一天下料，我急着多锯几块，结果尺寸偏差太大，整块料报废。老师傅说，画线多看一眼，比锯完返工省事得多。后来我养成了先量两遍再下锯的习惯，废料明显少了。⟦a ✨AI润色这一段⟧
⟦a 展开全文 ▼⟧
第二个体会是手艺要靠反复练。前掌的弧度全靠手感打磨，十天里我磨了二十多只，最后几只才勉强达到合格标准。
结业考核我顺利通过，拿到了初级技能等级证书。下一步，我打算留在合作社上班，把这门手艺练扎实。
学员：潘小禾
2025年6月28日
""",
    ),
    dict(
        slug="wenpai-app-host-script-magazine-rack-donation-title-line",
        site="文拍APP (invented writing app share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.wenpai-app.example.cn/s/zc/99021",
        title="涬园社区阅览室杂志架捐赠仪式主持词",
        record_title=None,
        date=None,
        notes="writing-app share as text: no record title, a title line on the page; host lines; a paywall line between paragraphs; a host script has no date",
        indent="",
        page="""
!m 文拍 · 随手拍出好材料
!a 在文拍APP内打开，阅读体验更佳
{T}
!m 主持词 · 社区活动　｜　收藏 318
{BODY}
!a 喜欢这篇？会员可无限次复制下载
!l 你可能还需要：捐赠仪式致辞｜社区读书会主持词
""",
        body="""
尊敬的各位来宾、各位居民朋友：
大家上午好！欢迎大家来到涬园社区阅览室，参加杂志架捐赠仪式。
今天，洸阳学院图书馆向我们社区捐赠了6组斜面杂志架和120册期刊，让我们的阅览室有了新面貌。首先，我介绍一下出席今天仪式的领导和来宾……
⟦a 以下内容为会员专享，开通后继续阅读⟧
下面，进行第一项，请洸阳学院图书馆代表致辞。
感谢图书馆的真情捐赠！下面，进行第二项，请社区党委书记接受捐赠，并为捐赠单位颁发感谢状。
最后，请各位来宾和居民朋友移步阅览室，一起参观新杂志架，翻一翻新到的期刊。
本次捐赠仪式到此结束，谢谢大家！
""",
    ),
]

"""holdout233, part E: residents' sites, associations, companies, training schools, writing apps, an exam forum.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="community-wangqiao-notice-green-feeders",
        site="辋桥社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wangqiao.huihu-sq.cn/tzgg/2025/1128/77.html",
        title="关于在小区绿地统一设置喂鸟器的通知",
        record_title="居民通知 ◇ 关于在小区绿地统一设置喂鸟器的通知—辋桥社区服务网",
        date="2025-11-26",
        date_also=["2025-11-28"],
        notes="residents' site with a weather line, a grid worker's box and property repair lines; the community's own "
        "联系人/电话 stays; scanning a QR code to adopt a feeder is content; the page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>居民通知 ◇ 关于在小区绿地统一设置喂鸟器的通知—辋桥社区服务网</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="sq-top">⟦m 辋桥社区服务网⟧ <span>⟦m 麾湖区麾湖街道辋桥社区居民委员会⟧</span> <span>⟦m 今天 晴 2~11℃ 空气质量：良⟧</span></div>
<div class="sq-nav"><a>⟦m 社区首页⟧</a><a>⟦m 居务公开⟧</a><a>⟦m 便民服务⟧</a><a>⟦m 网格风采⟧</a><a>⟦m 邻里圈⟧</a></div>
<div class="sq-pos">⟦m 首页 ＞ 居务公开 ＞ 居民通知⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-info">⟦m 发布：社区居委会　时间：2025-11-28 16:05　浏览：287⟧</div>
<div class="sq-txt">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：第三网格 卞小麦 18907453361⟧</div>
<div class="wy">⟦m 物业报修：0745-8239900　夜间值班：0745-8239911⟧</div>
<h4>⟦l 社区活动⟧</h4><p>⟦l 银龄课堂：冬季养生讲座（12月3日）⟧</p><p>⟦l 周末亲子手工：做一个松果鸟巢⟧</p>
</div>
<div class="sq-foot">⟦m 地址：麾湖区辋桥路36号　技术支持：麾湖智慧社区平台⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以来，小区绿地里来了不少麻雀、白头鹎。部分居民自发在树上挂起了喂鸟器，但有的挂得太低，引来流浪猫；有的长期不清理，残食发霉。为规范管理，社区决定在小区绿地统一设置喂鸟器。
一、社区将在中心绿地和东侧林带统一悬挂喂鸟器20个，居民自行悬挂的请于12月5日前取下，或交社区统一调整位置。
二、社区招募“喂鸟器认养人”，每人认养一个，负责每周添食、半月清洗。有意认养的居民请扫描宣传栏上的二维码报名。
三、请勿投放剩饭剩菜，社区将在服务站免费提供小米。
联系人：卞小麦，电话：0745-8231526
辋桥社区居民委员会
2025年11月26日
""",
    ),
    dict(
        slug="community-maoyuan-pledge-court-civility-wrapped",
        site="旄园社区网 (invented, text page)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.maoyuan-sq.cn/notice/20250708.html",
        title="关于文明使用小区篮球场的倡议书",
        record_title="关于文明使用小区篮球场的倡议书（请转给家里老人孩子）- 旄园社区网",
        date="2025-07-08",
        notes="residents' site text page hard-wrapped at 66 columns; a pledge asking residents not to hang on the hoops and "
        "to follow the community account (content, beside the account prompt that is chrome); "
        "成文日期 under the signature; a property line and a community account prompt",
        page="""
!m 旄园社区网　　邻里一家亲
!m 首页 > 社区公告
!t 关于文明使用小区篮球场的倡议书（请转给家里老人孩子）
!m 发布者：旄园社区　　阅读量：341
{BODY}
!a 关注“旄园邻里”公众号，社区通知不错过
!m 物业服务中心：0743-5526688
!m 旄园社区居民委员会 主办
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
小区篮球场改造完成后，每天傍晚都很热闹。但最近有人吊在篮圈上拍照，有人深夜打球影响邻居休息，还有人把电动车停在球场里。为了让大家都能打好球、休息好，社区向全体居民发出倡议：
一、爱护篮球架，不吊篮圈、不攀爬篮板，不在篮球架上挂衣物、拉绳子。
二、晚上9点半以后停止打球，不大声喧哗。
三、不在球场内停放车辆、晾晒物品，打完球把垃圾带走。
四、发现篮球架松动、篮网破损，请及时告诉物业或社区。球场的开放时间和维修安排，社区会在“旄园邻里”公众号上发布，请大家关注。
让我们一起爱护身边的公共设施，共建文明和谐的旄园。
旄园社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="association-guyang-pledge-stand-load-labels",
        site="毂阳市家居园艺用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gy-jjyy.org.cn/xhdt/2025/0916/133.html",
        title="花架产品承重标识自律倡议书",
        record_title="花架产品承重标识自律倡议书（会员大会通过稿）· 毂阳市家居园艺用品行业协会",
        date="2025-09-15",
        notes="association site with a member-login row and a member hotline; the association's name in the header is "
        "also the signature (matched as head); sharing the pledge is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>花架产品承重标识自律倡议书（会员大会通过稿）· 毂阳市家居园艺用品行业协会</title>
</head><body>
<div class="xh-top"><span>⟦m 毂阳市家居园艺用品行业协会⟧</span>
<form class="login">⟦a 会员编号⟧ <input> ⟦a 口令⟧ <input type="password"> <button>⟦a 会员入口⟧</button></form></div>
<div class="xh-nav"><a>⟦m 协会首页⟧</a><a>⟦m 协会动态⟧</a><a>⟦m 行业标准⟧</a><a>⟦m 会员风采⟧</a><a>⟦m 入会指南⟧</a></div>
<div class="xh-pos">⟦m 您的位置：协会首页 - 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布时间：2025-09-16　来源：秘书处⟧</div>
<div class="xh-txt">
{BODY}
</div>
</div>
<div class="xh-side">⟦m 会员服务热线：0745-8302716⟧<br>⟦a 申请入会 →⟧</div>
<div class="xh-foot">⟦m 毂阳市家居园艺用品行业协会秘书处　地址：麾湖区商贸城B座1203⟧</div>
</body></html>
""",
        body="""
全体会员单位：
近年来，阳台花架、落地花架销量逐年增长。但部分产品没有标注承重，消费者多放几盆花就出现变形、倒塌，既损害消费者利益，也影响全行业信誉。为此，协会向全体会员单位倡议：
一、每件花架产品在显著位置标注每层最大承重和整体最大承重，标注数值须经实测。
二、壁挂式、窗外式花架须在说明书中提示安装条件，明确“不得安装于窗外或无防护的外墙”。
三、不夸大宣传产品承重能力，不以“超承重”“万斤不倒”等用语误导消费者。
四、欢迎各会员单位将本倡议分享给上下游合作企业，共同维护行业秩序。
毂阳市家居园艺用品行业协会
2025年9月15日
""",
    ),
    dict(
        slug="association-biaoshi-minutes-board-committee-vote",
        site="毂阳市广告标识行业协会 (invented, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.gy-ggbs.org/hyjy/2025/05/20/88.html",
        title="展板展架专业委员会第三次会议纪要",
        record_title="[会务存档] 展板展架专业委员会第三次会议纪要 -- 毂阳市广告标识行业协会",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="association text page; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives "
        "the date and the page date is also accepted; member hotline and login line",
        page="""
!m 毂阳市广告标识行业协会
!m 首页 >> 会议纪要
!t [会务存档] 展板展架专业委员会第三次会议纪要
!m 发布日期：2025-05-20　　浏览：158
!a 会员请登录后下载会议材料
{BODY}
!l 上一篇：2025年度会费收缴通知
!l 下一篇：关于举办户外广告安全培训的通知
!m 协会秘书处电话：0745-8310827　　入会咨询请拨 0745-8310829
""",
        indent="",
        body="""
时间：2025年5月16日下午
地点：协会会议室
主持：祁雪舟（专委会主任）
出席：专委会委员11人
记录：梅小蒿
会议讨论了《户外展板安全设置指引（征求意见稿）》，形成以下意见：
一、户外落地展板须配重或地锚固定，风力达到6级时应收起或放倒。
二、展板边角须做圆角处理，铝合金边框不得有毛刺。
三、会员单位承接户外展板安装，应向客户提供书面安全提示。
会议对《指引》进行了表决，应到委员11人，实到11人，同意10票，弃权1票，反对0票，《指引》通过，报协会理事会审定后发布。
""",
    ),
    dict(
        slug="company-yizhi-recall-metal-feeders",
        site="逸枝家居官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yizhi-home.com/news/gonggao/2025-12-09.html",
        title="关于召回部分批次金属喂鸟器的公告",
        date="2025-12-08",
        notes="company site with a cookie notice and a service float; the record gives the title as is; a batches table "
        "one row a paragraph; the recall line beside a 400 order line; a recall label to scan is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于召回部分批次金属喂鸟器的公告 - 逸枝家居</title>
<script src="/assets/js/cookie-consent.js"></script>
</head><body>
<div class="yz-top"><a class="logo">⟦m 逸枝家居⟧</a><span>⟦m 让阳台多一点绿⟧</span>
<nav><a>⟦m 首页⟧</a><a>⟦m 产品中心⟧</a><a>⟦m 新闻公告⟧</a><a>⟦m 关于逸枝⟧</a><a>⟦m 线上商城⟧</a></nav></div>
<div class="yz-art">
<h1>{T}</h1>
<div class="yz-info">⟦m 新闻公告 · 2025-12-09⟧</div>
<div class="yz-txt">
{BODY}
</div>
<div class="yz-share">⟦l 分享：微信 · 微博 · 复制链接⟧</div>
</div>
<div class="yz-cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="yz-float">⟦w 在线客服 · 订购热线 400-817-6626⟧</div>
<div class="yz-foot">⟦m © 2025 毂阳市逸枝家居用品有限公司　鲁ICP备20033618号-1⟧</div>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量抽查中发现，部分批次的金属喂鸟器挂钩焊点强度不足，长时间悬挂可能断裂坠落。为保障用户安全，我公司决定主动召回以下批次产品。
产品型号　生产批号　数量
YZ-WN02　20250703　1200个
YZ-WN02　20250718　860个
YZ-WN05　20250801　540个
批号印在喂鸟器底部的标签上，用户也可用手机扫描标签上的二维码查询是否属于召回范围。
召回期间，用户可选择免费更换或全额退款，运费由我公司承担。召回专线：0745-8316601（每天8:00—20:00）。
给您带来的不便，我们深表歉意。
毂阳市逸枝家居用品有限公司
2025年12月8日
""",
    ),
    dict(
        slug="company-hengsha-news-play-sand-tested-oneline",
        site="恒沙建材官网 (invented, text page)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hengsha-jc.com/news/435.html",
        title="恒沙游戏沙通过儿童游乐用沙安全检测",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="company news on one line; the record gives the date; the company's short name stands in the body, so "
        "the header's brand line is matched as head; a product ad and a hotline at the bottom",
        page="""
!m 恒沙建材
!m 恒沙建材 · 专业水洗沙供应商
!m 首页 / 企业新闻
!t 恒沙游戏沙通过儿童游乐用沙安全检测
!m 2025-05-06　　阅读 96
{BODY}
!a 【产品推荐】儿童游戏沙 25kg/袋，批量采购享出厂价
!m 销售热线：0743-5577310　　地址：辀山县輗田镇工业园
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
近日，恒沙建材生产的儿童游戏沙经毂阳市产品质量检验所检测，重金属、可迁移元素、细菌总数等各项指标均符合儿童游乐用沙的要求，获得检验合格报告。
恒沙游戏沙选用河道天然石英砂，经过三道水洗、高温烘干和紫外线消毒，粒径控制在0.3至1毫米之间，粉尘含量低，不易板结。
今年以来，公司已为毂阳、辀山两地的37所幼儿园和11个社区公园的沙坑供应游戏沙近600吨。
""",
    ),
    dict(
        slug="training-qiping-brochure-hoop-installer-course",
        site="旂坪职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qpzyjn.com/zsjz/2025-hoop.html",
        title="篮球架安装与维修技能培训班招生简章",
        record_title="篮球架安装与维修技能培训班招生简章（结业推荐上岗）｜旂坪职业技能培训学校",
        date=None,
        notes="training school with a promo banner and a consult float; a brochure (no date) with a course table one "
        "row a paragraph; the school's 报名电话 beside a 400 franchise line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>篮球架安装与维修技能培训班招生简章（结业推荐上岗）｜旂坪职业技能培训学校</title>
<script src="/js/53kf.js"></script>
</head><body>
<div class="px-banner">⟦a 早鸟价：9月30日前报名立减300元⟧</div>
<div class="px-top">⟦m 旂坪职业技能培训学校⟧ <span>⟦m 人社部门备案 · 学技能找旂坪⟧</span></div>
<div class="px-nav"><a>⟦m 学校首页⟧</a><a>⟦m 热门课程⟧</a><a>⟦m 招生简章⟧</a><a>⟦m 学员风采⟧</a><a>⟦m 在线报名⟧</a></div>
<div class="px-art">
<h1>{T}</h1>
<div class="px-txt">
{BODY}
</div>
<div class="px-btn"><a>⟦a 我要报名⟧</a> <a>⟦a 预约免费试听⟧</a></div>
</div>
<div class="px-float">⟦w 课程顾问在线 · 点击咨询⟧</div>
<div class="px-foot">⟦m 全国加盟热线：400-806-5128⟧<br>⟦m 旂坪职业技能培训学校　地址：辀山县旂坪镇建设路9号⟧</div>
</body></html>
""",
        body="""
随着农村和社区体育设施不断增加，篮球架安装、检修人员需求旺盛。我校开设篮球架安装与维修技能培训班，欢迎有志青年报名。
一、招生对象：年满18周岁，初中以上文化，身体健康，无恐高症。
二、课程安排：
课程　课时　内容
识图与测量　16　基础图纸、地脚定位
焊接与紧固　32　立柱焊接、螺栓紧固
液压篮球架调试　16　升降系统检修
安全规范　8　高处作业、吊装安全
三、学费：2800元，含教材、工装和实训耗材。
四、报名方式：携身份证到学校教务处报名，报名电话：0743-5561207。
""",
    ),
    dict(
        slug="training-youshe-insight-board-design-class",
        site="毂阳优设培训 (invented, text page)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gyyoushe.com/xueyuan/biji/560.html",
        title="展板设计实训课结业心得",
        record_title="学员笔记 ⸽ 展板设计实训课结业心得 - 毂阳优设培训",
        date=None,
        notes="training school text page; a trainee's 心得 (no date); a trial-lesson prompt, an adviser's WeChat and a "
        "course list; a promo line glued after a sentence",
        page="""
!m 毂阳优设培训　平面设计 · 广告制作 · 室内设计
!m 首页 > 学员笔记
!t 学员笔记 ⸽ 展板设计实训课结业心得
!m 学员：阿洛（平面设计就业班 第27期）
{BODY}
!a 想学展板设计？0元试听一节实训课
!w 课程顾问微信：gyys-laoshi
!l 热门课程：平面设计就业班 ｜ 广告喷绘制作班 ｜ 短视频剪辑班
!m 毂阳优设培训　麾湖区文化宫三楼
""",
        indent="\u3000\u3000",
        body="""
为期三周的展板设计实训课结束了。开课前，我以为做展板就是把字和图片排上去，真正上手才发现里面的门道很多。
第一周学版式。老师让我们把同一段内容排成五种版式，再站在三米外看哪一种最清楚。我这才明白，展板是给走路的人看的，标题要大，字要少。
第二周学材料和工艺。我们去喷绘厂看了写真、喷绘和UV直印的区别，知道了户外展板为什么要覆膜。⟦a 报名喷绘制作班立享学员价⟧
第三周做实战项目，我们小组为一家社区图书馆做了4块阅读推广展板，现场安装那天，看到居民停下来看，心里特别有成就感。
""",
    ),
    dict(
        slug="writingapp-bisu-report-garden-volunteer-leader",
        site="笔速写作 (invented, writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=wz8830172",
        title="社区园艺志愿服务队队长述职报告",
        record_title="社区园艺志愿服务队队长述职报告（照着改就能交）- 笔速写作App",
        date="2025-12-20",
        notes="writing app H5 share with an open-app mask, a fold and AI-rewrite buttons; an 'open the app to read on' "
        "line between paragraphs; 成文日期 under the signature; a table of plant stands repaired",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>社区园艺志愿服务队队长述职报告（照着改就能交）- 笔速写作App</title>
<script src="https://h5.bisuxiezuo.com/static/openapp.js"></script>
</head><body>
<div class="bs-mask">⟦a 打开笔速写作App，查看完整范文⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bs-head">⟦m 笔速写作 · 3秒出稿⟧</div>
<div class="bs-doc"><h2>{T}</h2>
<p class="bs-tag">⟦m 述职报告 · 1032字 · 1.8万人用过⟧</p>
<div class="bs-body">
{BODY}
</div>
<div class="bs-ai">⟦a ✨ AI帮我改成自己的⟧ ⟦a 换一种写法⟧</div>
<div class="bs-fold">⟦a 展开剩余 35% ∨⟧</div>
</div>
<div class="bs-foot">⟦m 笔速写作 bisuxiezuo.com　沪ICP备23005518号-2A⟧</div>
</body></html>
""",
        body="""
各位志愿者、社区两委：
2025年，我担任旄园社区园艺志愿服务队队长。一年来，服务队围绕“阳台安全、楼道整洁、绿地美化”开展志愿服务，现将履职情况报告如下。
一、开展阳台花架安全整治。服务队配合社区走访老楼住户412户，劝说拆除窗外悬挂花架53个，帮助独居老人加固室内花架26个。
⟦a 打开App阅读全文⟧
二、维护公共绿地花架。
项目　数量
修复社区花架　18个
新增公共花架　6个
更换花盆　140个
三、存在不足。服务队成员以退休居民为主，年轻人参与少；活动经费主要靠社区支持。
明年，我将继续带领服务队做好阳台安全宣传，争取吸引更多年轻居民加入。
述职人：苗秋实
2025年12月20日
""",
    ),
    dict(
        slug="writingapp-bisu-speech-kindergarten-sand-area",
        site="笔速写作 (invented, writing app text share)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://h5.bisuxiezuo.com/share/doc?id=wz8830955",
        title="在幼儿园沙水游戏区启用仪式上的讲话",
        record_title="在幼儿园沙水游戏区启用仪式上的讲话【开学季可直接用】· 笔速写作",
        date="2025-09-01",
        notes="writing app text share; a date in Chinese numerals under the speech title and a speaker line (both "
        "neutral); an AI button glued after a sentence; an open-app prompt and a copy-lock line",
        page="""
!m 笔速写作 · 3秒出稿
!t 在幼儿园沙水游戏区启用仪式上的讲话【开学季可直接用】
!m 讲话稿 · 716字 · 4322人用过
（二〇二五年九月一日）
园长　郜雯
{BODY}
!a 复制全文需开通笔速会员
!a 打开App，用AI一键改成你们园的版本
!m 笔速写作 bisuxiezuo.com
""",
        indent="\u3000\u3000",
        body="""
各位老师、家长朋友们，亲爱的小朋友们：
大家上午好！今天是新学期开学的第一天，我们幼儿园的沙水游戏区也正式启用了。
这个暑假，在区教育局的支持下，我们把原来板结的旧沙坑全部翻新，换上了经过水洗消毒的游戏沙，还建了小水渠、洗手池和遮阳棚。⟦a ✨一键改写此段⟧
老师们，沙水游戏是孩子们最喜欢的游戏之一。希望大家用心观察孩子在游戏中的探索，做好每天的翻沙、巡查和消毒工作。
家长朋友们，请给孩子准备一套方便弄脏的衣服，接孩子时不要责怪他们“又弄得一身沙”。
小朋友们，沙水区是你们的乐园。玩沙时不扬沙、不把沙子放进嘴里，玩好以后排队洗手，好不好？
谢谢大家！
""",
    ),
    dict(
        slug="examforum-shangan-essay-feeder-city-jammer",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganba.net/thread-71204-1-1.html",
        title="一个喂鸟器里的城市温度",
        record_title="【申论大作文·求点评】一个喂鸟器里的城市温度 - 申论专区 - 上岸吧公考论坛",
        date=None,
        notes="exam forum with jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; an essay (no "
        "date; '发表于 4 天前')",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【申论大作文·求点评】一个喂鸟器里的城市温度 - 申论专区 - 上岸吧公考论坛</title>
<style>font.jammer{display:none}</style>
</head><body>
<div class="sa-top">⟦m 上岸吧公考论坛⟧ ⟦m 一起上岸，不负韶华⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div class="sa-pt">⟦m 上岸吧 › 申论专区 › 大作文练笔⟧</div>
<div class="sa-post">
<p class="who">⟦m 楼主：今年必上岸的小林　发表于 4 天前⟧</p>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<p class="rate">⟦l 评分：逻辑 +2　文采 +1　有点意思⟧</p>
<p class="hide">⟦a 本帖隐藏的批改意见需回复后可见⟧</p>
</div>
<div class="sa-ad">⟦w 申论精批小班，加QQ群 583019772 领取范文合集⟧</div>
<div class="sa-ft">⟦m 上岸吧公考论坛 shanganba.net⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
入冬后，軎水湿地公园的树上挂起了一百多个喂鸟器。一个小小的喂鸟器，挂起的是城市对自然的善意，也检验着城市治理的温度。
城市治理的温度，体现在对细节的关注上。喂鸟器挂多高、放什么食物、多久清洗一次，看似小事，却关系到鸟类的生存。公园管理处制定规程、专人维护，正是把小事当大事办的体现。
城市治理的温度，也离不开市民的参与。社区招募喂鸟器认养人，学校带学生制作喂鸟器，让保护生态从政府的“独角戏”变成全社会的“大合唱”。
一座城市对待小鸟的态度，折射出它对待每一个生命的态度。让我们从挂好一个喂鸟器做起，让城市更有温度。
""",
    ),
]

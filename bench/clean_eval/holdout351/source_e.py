"""holdout351, part E: residents' sites, associations, companies, training schools, writing apps, exam forums.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="community-jinyuan-notice-feeding-point-bowls",
        site="墐园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jinyuanshequ.cn/gonggao/2025/0617/318.html",
        title="关于规范小区流浪猫投喂点设置的通知",
        record_title="【居委会温馨告知】关于规范小区流浪猫投喂点设置的通知｜墐园社区",
        date="2025-06-16",
        date_also=["2025-06-17"],
        notes="residents' site: weather line, a grid worker's box and a property repair line beside the "
        "community's own duty phone; a sentence about scanning a QR code to sign up (content); posting "
        "date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居委会温馨告知】关于规范小区流浪猫投喂点设置的通知｜墐园社区</title>
<script src="/js/jy-community.js"></script>
</head>
<body>
<div class="sq-top">⟦m 墐园社区 · 邻里一家亲⟧ ⟦m 今天 晴 24～31℃ 东南风2级⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　党建引领　便民服务　邻里活动　议事厅⟧</div>
<div class="sq-pos">⟦m 现在位置：社区首页 - 居务公开 - 通知公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　发布于 2025-06-17 08:30　已读 1210⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-btn">⟦a 👍 支持　💬 我有话说　↗ 转给邻居⟧</div>
</div>
<div class="sq-grid">
<p>⟦m 第三网格　网格员：冼晓菲⟧</p>
<p>⟦m 网格员手机：13807391526⟧</p>
</div>
<div class="sq-wy">⟦m 物业服务中心24小时报修：0739-8126999⟧</div>
<div class="sq-foot">⟦m 墐园社区居民委员会　地址：塽口区埗头路166号⟧ ⟦d 本站信息仅供本社区居民参考⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近期，社区陆续接到居民反映，部分楼栋周边随意摆放宠物碗投喂流浪猫，剩余猫粮招引蚊蝇，影响环境卫生。为兼顾爱心投喂和邻里和谐，经社区居委会、业主委员会和物业服务中心共同商议，决定在小区内设置固定投喂点。现将有关事项通知如下：
一、小区设置东门绿化带、7号楼北侧两处固定投喂点，由社区统一配备带防雨棚的宠物碗架。
二、6月25日后，楼栋周边、单元门口等处自行摆放的宠物碗将由物业统一清理，请大家提前收回。
三、愿意参与投喂的居民，请扫描投喂点公示牌上的二维码进行登记，社区将组建爱心投喂志愿队，排班负责添粮和清洗宠物碗。
社区值班电话：0739-8126603
墐园社区居民委员会
2025年6月16日
""",
    ),
    dict(
        slug="community-lianyuan-speech-senior-phone-class",
        site="溓园社区 (invented residents' site)",
        style="社区网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://lianyuan.shequ.example.cn/huodong/20250915/92.html",
        title="在溓园社区“银龄智享”手机课堂开班仪式上的讲话",
        record_title="【银龄课堂·开班致辞】在溓园社区“银龄智享”手机课堂开班仪式上的讲话（附课程安排）｜溓园社区",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="residents' site as text: a date in Chinese numerals and a speaker line under the speech title "
        "(neutral); posting date differs; a property line and a grid worker's line at the bottom",
        page="""
!m 溓园社区　和美家园
!m 首页 > 邻里活动 > 活动报道
{T}
（二〇二五年九月十二日）
社区党委书记　甘晓棠
!m 发布：2025-09-15　来源：溓园社区居委会　阅读 389
{BODY}
!l 活动花絮：首堂课老人们学会了视频通话（图集）
!m 网格员 项一帆　手机 15973920418
!m 物业报修热线：0739-8130011
!m 溓园社区居委会主办
""",
        indent="\u3000\u3000",
        body="""
各位叔叔阿姨、各位志愿者：
大家上午好！今天，“银龄智享”手机课堂正式开班了。首先，我代表社区党委、居委会，向报名参加学习的82位老人表示热烈欢迎，向前来授课的浤州职业技术学院青年志愿者表示衷心感谢！
现在，手机已经成了生活的好帮手，挂号、缴费、和孩子视频都离不开它。可不少老人跟我说，字太小看不清，手举久了也酸。所以这次开班，社区为每位学员准备了一份小礼物：一个可折叠的手机支架。回家以后，把手机往桌上一放，看视频、打电话都轻松多了。
这期课堂共安排8次课，每周五上午上课，内容从怎么调大字体、怎么视频通话，到怎么识别诈骗电话，都是大家最需要的。
希望大家不怕问、多动手，学不会的地方随时问志愿者。也请各位志愿者多一点耐心，一遍不行就讲两遍。
最后，预祝手机课堂圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="assoc-hongzhou-tackle-minutes-float-pact",
        site="浤州市渔具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.hzyjxh.org.cn/xhdt/2025/1112/77.html",
        title="浤州市渔具行业协会第三届理事会第四次会议纪要",
        record_title="会务通报丨浤州市渔具行业协会第三届理事会第四次会议纪要｜渔具协会",
        date="2025-11-08",
        date_also=["2025-11-12"],
        notes="trade association: member-login row and a member hotline; the 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count; the meeting's 时间 line is the date; posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>会务通报丨浤州市渔具行业协会第三届理事会第四次会议纪要｜渔具协会</title>
<script src="/static/xh/main.js"></script>
</head>
<body>
<div class="xh-top">⟦m 浤州市渔具行业协会⟧ ⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-loc">⟦m 首页 / 协会动态 / 会议活动⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 2025-11-12　协会秘书处　浏览 276⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-tool">⟦a 打印 ｜ 分享 ｜ 返回列表⟧</div>
</div>
<div class="xh-side">
<h4>⟦l 协会动态⟧</h4>
<p>⟦l 协会组织会员企业参加全国渔具博览会⟧</p>
<p>⟦l 鱼漂吃铅量检测方法团体标准征求意见⟧</p>
<p>⟦m 会员服务热线：0739-7711588⟧</p>
</div>
<div class="xh-foot">⟦m 浤州市渔具行业协会秘书处　地址：浟水县碆湾镇鱼漂产业园综合楼3楼⟧</div>
</body>
</html>
""",
        body="""
时间：2025年11月8日上午9:00
地点：碆湾镇鱼漂产业园会议中心
主持：会长　詹立群
出席：理事17人（应到19人）
列席：监事会成员、秘书处工作人员
记录：秘书处　苗知秋
会议审议了《鱼漂产品质量自律公约（草案）》。与会理事认为，近年来部分小作坊用发泡塑料冒充纳米材料、虚标吃铅量，扰乱了市场秩序，损害了碆湾鱼漂的整体声誉，制定自律公约十分必要。会议经表决，同意17票，反对0票，弃权0票，通过了该公约。
会议决定：一、由秘书处于12月底前组织会员单位签订公约；二、成立由5名理事组成的质量监督小组，每季度开展一次市场抽查；三、协会将于明年3月举办鱼漂质量培训班。
""",
    ),
    dict(
        slug="assoc-youshui-film-pledge-thicker-film",
        site="浟水县农膜行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ysnmxh.cn/changyi/2025-10-24.html",
        title="关于推广使用加厚耐老化大棚膜的倡议书",
        date="2025-10-22",
        date_also=["2025-10-24"],
        notes="record title as is; association page as text: its name on top is also the signature (head); "
        "成文日期 in Chinese numerals; posting date differs",
        page="""
!m 浟水县农膜行业协会
!m 协会首页 ｜ 行业资讯 ｜ 倡议与公约 ｜ 会员名录
{T}
!m 发布日期：2025-10-24　　编辑：协会办公室
{BODY}
!a 会员企业请登录后下载倡议签署表
!m 协会联系电话：0739-7760182　邮箱：ysnmxh@163.com
!d 本网站由浟水县农膜行业协会维护，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
全县各农膜生产经销企业、广大种植户：
大棚膜是设施农业的“外衣”。近年来，一些厚度不足0.08毫米的超薄膜以低价进入市场，这类膜使用寿命短、容易破损，一年一换，不仅增加了种植户的成本，也产生了大量难以回收的废旧农膜。为此，浟水县农膜行业协会向全县发出如下倡议：
一、生产企业要严格执行国家标准，不生产、不销售厚度不达标的大棚膜，在产品上标明厚度、使用年限和回收提示。
二、经销企业要主动向种植户推荐加厚耐老化的PO膜、EVA膜，积极参与以旧换新和旧膜回收。
三、种植户朋友要算好长远账，选用使用年限长的好膜，用旧的膜交回收点，不乱丢、不焚烧。
让我们携起手来，共同推动全县设施农业绿色发展。
浟水县农膜行业协会
二〇二五年十月二十二日
""",
    ),
    dict(
        slug="company-wenna-news-folding-phone-stand",
        site="稳拿科技 (invented company site)",
        style="企业官网",
        genre="news",
        kind="news",
        form="html",
        source="https://www.wennatech.com/news/company/2025-03-18-z7.html",
        title="稳拿Z7折叠铝合金手机支架正式上市",
        record_title="新品首发 ✦ 稳拿Z7折叠铝合金手机支架正式上市 - 稳拿科技官网",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="company site: cookie notice, service float, a 400 order line; a sentence about scanning the "
        "box's QR code (content); record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品首发 ✦ 稳拿Z7折叠铝合金手机支架正式上市 - 稳拿科技官网</title>
<link rel="stylesheet" href="/assets/wn/site.css">
<script src="/assets/wn/site.js"></script>
</head>
<body>
<header>
<div class="logo">⟦m 稳拿科技 WENNA⟧</div>
<nav>⟦m 产品中心　解决方案　新闻中心　服务支持　关于稳拿⟧</nav>
<div class="buy">⟦m 订购热线 400-0739-3377⟧</div>
</header>
<div class="crumb">⟦m 首页 › 新闻中心 › 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 2025/03/18　稳拿科技品牌部⟧</p>
{BODY}
<p class="tags">⟦l 关键词：Z7 手机支架 桌面支架 新品⟧</p>
</article>
<aside class="float">⟦w 在线客服 · 售前咨询 · 企业采购⟧</aside>
<div class="cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 接受并关闭⟧</button></div>
<footer>
<p>⟦m 浤州稳拿科技有限公司　浤州市塽口区洤坪工业园8栋⟧</p>
<p>⟦m © 2025 WENNA 湘ICP备22017749号-1⟧</p>
</footer>
</body>
</html>
""",
        body="""
3月18日，浤州稳拿科技有限公司推出新一代Z7折叠铝合金手机支架。这是公司继Z5系列之后，针对居家办公、网课学习和直播场景推出的又一款桌面支架产品。
Z7采用航空铝合金一体成型，重量仅186克，折叠后厚度不到2厘米，可以放进衣袋随身携带。支架采用双轴阻尼设计，高度可在12至28厘米之间调节，仰角可在0至90度之间任意调整，能稳稳托住4至13英寸的手机和平板。
⟦m 图：Z7折叠铝合金手机支架（深空灰）⟧
针对用户反映较多的“打字时屏幕晃动”问题，研发团队加宽了底座，并在托架内侧加装硅胶防滑垫。经实验室测试，Z7在承重1公斤的情况下连续点击屏幕1万次，支架无明显晃动。
新品即日起在各大电商平台和线下门店同步发售。用户扫描包装盒上的二维码，可观看安装和调节视频。
""",
    ),
    dict(
        slug="company-xiaoshizhong-recall-melamine-bowls",
        site="小食盅宠物用品 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.xiaoshizhong.com/notice/recall-2025-07.html",
        title="关于召回部分批次密胺宠物碗的公告",
        record_title="安全公告｜关于召回部分批次密胺宠物碗的公告——小食盅官方网站",
        date="2025-07-09",
        notes="company site as text: recalled batches as a table; the recall line beside a 400 order line; "
        "成文日期 under the signature",
        page="""
!m 小食盅 XIAOSHIZHONG　　给毛孩子好好吃饭
!m 首页　全部商品　品牌故事　服务中心　公告
!m 订购热线：400-0739-8866
{T}
!m 发布于 2025-07-09　服务中心
{BODY}
!l 相关公告：关于防范假冒小食盅店铺的声明
!d 本公告最终解释权归浤州小食盅宠物用品有限公司所有。
!m © 小食盅 2025　湘ICP备21010437号
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
我公司在例行质量抽检中发现，2025年4月至5月生产的部分批次密胺宠物碗，在盛装70℃以上的热水时，可能出现甲醛迁移量超标的情况。为保障消费者和宠物的健康安全，我公司决定主动召回以下批次产品：
产品名称　规格型号　生产批号
密胺单碗　MB-12（小号）　20250415、20250422
密胺双碗　MB-26（双碗）　20250506
密胺斜口碗　MB-15　20250519
请持有上述批次产品的消费者立即停止使用，可通过购买渠道办理退货，或将产品寄回我公司，我们将全额退款并承担运费。其他批次产品不受影响。
召回专线：0739-6618235（工作日9:00—18:00）
浤州小食盅宠物用品有限公司
2025年7月9日
""",
    ),
    dict(
        slug="school-yule-brochure-fishing-float-class",
        site="渔乐学堂 (invented fishing school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yulexuetang.com/kecheng/rumen-2026.html",
        title="渔乐学堂周末钓鱼入门班招生简章",
        record_title="【春季班开招】渔乐学堂周末钓鱼入门班招生简章（调漂实操课）｜渔乐学堂",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own "
        "报名电话; a course table; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【春季班开招】渔乐学堂周末钓鱼入门班招生简章（调漂实操课）｜渔乐学堂</title>
<script src="/js/yl.js"></script>
</head>
<body>
<div class="yl-banner">⟦a 老学员带新人报名，两人同行立减100元⟧</div>
<div class="yl-head">⟦m 渔乐学堂　让垂钓成为一种生活方式⟧</div>
<div class="yl-nav">⟦m 首页　课程体系　教练团队　学员风采　钓场导航⟧</div>
<div class="yl-main">
<h1>{T}</h1>
<div class="yl-meta">⟦m 课程顾问：小鲤　浏览 1633⟧</div>
{BODY}
<div class="yl-sign">⟦a 立即报名 ›⟧</div>
</div>
<div class="yl-float">⟦w 课程顾问在线，点我免费领试听名额⟧</div>
<div class="yl-foot">
<p>⟦m 渔乐学堂招商加盟：400-1680-7390⟧</p>
<p>⟦m 浟水县碆湾镇滨河路21号　湘ICP备23008861号⟧</p>
</div>
</body>
</html>
""",
        body="""
渔乐学堂周末钓鱼入门班开始招生啦！本课程面向零基础的钓鱼爱好者，由从事垂钓教学十余年的教练现场授课，手把手教你从认识钓具到独立完成一次垂钓。
一、课程安排
课次　内容　地点
第一课　认识钓竿、鱼线和鱼漂　学堂教室
第二课　调漂找底与饵料搭配　碆湾镇实训钓场
第三课　抛竿、看漂与提竿　碆湾镇实训钓场
第四课　综合练习与安全知识　澭河垂钓基地
二、课程费用
四次课共计680元，含钓具使用费和饵料费，学员可免费带回一支教练手工制作的芦苇鱼漂。
三、报名方式
每班限招12人，满员即开班。报名电话：0739-7851206（渔乐学堂前台）。
""",
    ),
    dict(
        slug="school-mengzhua-insight-grooming-pet-beds",
        site="萌爪宠物美容学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.mengzhua.edu.example.cn/xueyuan/xinsheng/45.html",
        title="宠物美容班结业心得",
        record_title="【学员结业感言·第12期】宠物美容班结业心得｜萌爪宠物美容学校",
        date=None,
        notes="training school as text: a trial-class line and a 400 line; a trainee's 心得 with no date",
        page="""
!m 萌爪宠物美容学校　专注宠物美容培训
!m 首页 / 学员天地 / 学员心声
{T}
!m 第12期全能班学员 柏小满　　阅读 522
{BODY}
!a 想学宠物美容？预约一节免费试听课 >>
!m 全国招生热线：400-6071-3318
!l 更多学员心声：从宝妈到宠物店店长｜零基础三个月拿证
!m 萌爪宠物美容学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
三个月的宠物美容课程结束了。回想刚来萌爪学校的时候，我连给狗狗梳毛都不知道从哪里下手，现在已经能独立完成一只泰迪的洗护和造型了。
在学校里，除了洗澡、修剪、造型这些专业技能，老师还特别强调“看不见的功夫”。有一节课专门讲寄养区的管理，老师让我们把每个宠物窝翻过来检查，结果在好几个窝的夹层里发现了毛团和皮屑。老师说，宠物窝是毛孩子待得最久的地方，窝不干净，洗得再香也白搭。从那以后，每天收工前清洗、消毒宠物窝，成了我们班雷打不动的规矩。
我还学会了观察。宠物在窝里蜷着不动、不愿出来，可能是身体不舒服；总是把垫子扒到窝外，可能是窝太热。这些细节，书本上写得不多，却是一名美容师该有的细心。
感谢老师们的耐心教导，我会带着这份细心走上工作岗位。
""",
    ),
    dict(
        slug="app-miaobi-host-script-film-trade-in",
        site="妙笔随身 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.miaobisuishen.com/share/doc?id=a81f2c07",
        title="大棚膜以旧换新暨废旧农膜回收启动仪式主持词",
        record_title="大棚膜以旧换新暨废旧农膜回收启动仪式主持词（含开场白与结束语）· 妙笔随身",
        date=None,
        notes="writing app H5 share: open-app mask, a fold prompt between paragraphs, AI buttons; a host "
        "script with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>大棚膜以旧换新暨废旧农膜回收启动仪式主持词（含开场白与结束语）· 妙笔随身</title>
<script src="https://h5.miaobisuishen.com/static/share.js"></script>
</head>
<body>
<div class="mb-mask">⟦a 用妙笔随身App打开，阅读体验更流畅⟧ <a>⟦a 立即打开⟧</a></div>
<div class="mb-head">⟦m 妙笔随身 · 随时随地写好材料⟧</div>
<div class="mb-doc">
<h1>{T}</h1>
<div class="mb-meta">⟦m 收录于「主持词·农业农村」　1.1万人看过⟧</div>
{BODY}
</div>
<div class="mb-ai"><button>⟦a 一键AI润色⟧</button> <button>⟦a 换个场景改写⟧</button> <button>⟦a 复制到剪贴板⟧</button></div>
<div class="mb-rec"><h4>⟦l 大家还在看⟧</h4>
<p>⟦l 农机购置补贴政策宣讲会主持词⟧</p>
<p>⟦l 春耕生产现场观摩会主持词⟧</p></div>
<div class="mb-foot">⟦m 妙笔随身 v5.2.0　湘ICP备24003519号-2A⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位种植户朋友：
大家上午好！春回大地，万物生长。今天，我们在这里隆重举行浟水县大棚膜以旧换新暨废旧农膜回收启动仪式。我是主持人、县农业农村局副局长常秋水。
首先，请允许我介绍出席今天仪式的领导和嘉宾。（介绍略）
下面，进行仪式第一项：请县农业农村局局长邵振华介绍以旧换新政策。
进行仪式第二项：请种植户代表、埗头镇蔬菜种植大户骆春生发言。
⟦a 后面还有6段，展开全文需在App内查看⟧
进行仪式第三项：请县委常委、副县长钟立衡讲话。
进行仪式第四项：请各位领导共同为首批以旧换新农户发放新膜兑换卡。
各位来宾，今天的仪式虽然简短，但意义重大。希望大家以此为契机，用好政策、换好新膜、交好旧膜，让我们的田野更干净、大棚更丰收。
启动仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-wengaokoudai-summary-shelter-oneline",
        site="文稿口袋 (invented writing app)",
        style="范文APP",
        genre="总结",
        kind="summary",
        form="text",
        source="https://m.wengaokoudai.com/s/zongjie/99410",
        title="淩川县流浪动物救助站2025年工作总结",
        record_title="淩川县流浪动物救助站2025年工作总结（整理稿·可套用）| 文稿口袋",
        date="2025-12-26",
        notes="writing app as text: the whole body on one line, paragraphs apart only by their indent; "
        "open-app and AI-rewrite lines; 成文日期 at the end",
        page="""
!m 文稿口袋　写材料的口袋助手
!t 淩川县流浪动物救助站2025年工作总结（整理稿·可套用）
!m 共1篇　约520字　3 天前更新
!a 在文稿口袋App中打开 ＞
{BODY}
!a 让AI按你的单位情况改写一篇
!l 相似文稿：动物防疫站年度工作总结｜救助管理站工作总结
!m 文稿口袋 © 2025
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
2025年，县流浪动物救助站在县农业农村局的指导下，坚持科学救助、文明领养，各项工作取得新进展。现将全年工作总结如下。
一、救助收容工作有序开展。全年共收容流浪犬猫486只，其中犬312只、猫174只，完成绝育手术263例，疫苗接种率达到100%。
二、喂养管理更加规范。为每只动物建立健康档案，实行一宠一碗、定时定量喂养，宠物碗每天清洗、每周高温消毒一次，全年未发生动物疫病传播。
三、文明领养成效明显。举办领养日活动12场，全年送养犬猫208只，领养回访率达到95%。
四、社会参与不断扩大。登记志愿者320人，接受社会捐赠宠物碗、宠物窝等物资价值8.6万元。
明年，我站将进一步完善设施条件，加强志愿者队伍建设，推动流浪动物救助工作再上新台阶。
淩川县流浪动物救助站
2025年12月26日
""",
    ),
    dict(
        slug="examforum-shangan-interview-phone-stand-jammer",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-401877-1-1.html",
        title="地铁上有乘客用手机支架外放视频，你作为志愿者怎么处理？",
        record_title="【情景处置题】地铁上有乘客用手机支架外放视频，你作为志愿者怎么处理？（我的作答，求拍砖）- 结构化面试 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer fonts inside the answer; "
        "relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【情景处置题】地铁上有乘客用手机支架外放视频，你作为志愿者怎么处理？（我的作答，求拍砖）- 结构化面试 - 上岸驿站</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站 · 公考人的加油站⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料包⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化面试⟧</div>
<div class="pls">⟦m 楼主：今年一定上岸　　积分 412⟧</div>
<div class="plc">
<h1>{T}</h1>
<p class="authi">⟦m 发表于 6 天前 | 查看 2276 | 回复 41⟧</p>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的考官点评需回复后才能查看⟧</div>
<div class="rate">⟦l 评分：上岸币 +15　参与 5 人⟧</div>
</div>
<div class="ad">⟦w 面试冲刺群：QQ 71920486，每晚8点模拟答题⟧</div>
<div class="reply">⟦l 沙发：第三点的建议很加分⟧</div>
<div id="ft">⟦m 上岸驿站 Powered by Discuz! 鄂ICP备19033102号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是现场沟通和应变能力。下面是我的作答，请各位研友指点。
作为地铁文明志愿者，遇到这种情况，我会本着耐心、礼貌的原则妥善处理。
首先，我会走到这位乘客身边，微笑着轻声提醒：“您好，车厢里人比较多，外放声音可能会影响到其他乘客休息，麻烦您戴上耳机或者把声音调小一点，谢谢配合。”同时提醒他把手机支架收好，以免列车晃动时碰到旁边的乘客。
其次，如果乘客没有带耳机，我会主动提供志愿服务站准备的一次性耳机；如果乘客不理解、不配合，我不会和他争执，而是及时联系列车工作人员协助处理。
最后，事后我会建议站务部门在车厢内增加文明乘车的提示广播，从源头上减少此类现象。
以上是我的回答，谢谢考官。
""",
    ),
]

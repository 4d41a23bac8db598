"""holdout317, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-raoyuan-notice-public-drying-area",
        site="娆苑社区居委会网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.raoyuan-sq.example.cn/tzgg/2025/0419/51.html",
        title="娆苑社区公共晾晒区启用的通知",
        record_title="【便民通知】娆苑社区公共晾晒区启用的通知 - 娆苑社区居委会",
        date="2025-04-18",
        date_also=["2025-04-19"],
        notes="residents' site: weather line, a grid member's box, property repair and night lines beside the "
        "notice's own 咨询电话; 扫描二维码登记 is body; the page date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【便民通知】娆苑社区公共晾晒区启用的通知 - 娆苑社区居委会</title></head><body>
<div class="top">⟦m 娆苑社区居委会⟧　⟦m 今日 徉湖 晴 12~25℃　空气质量 良⟧</div>
<div class="nav">⟦m 首页 | 社区公告 | 党建引领 | 便民服务 | 志愿之家⟧</div>
<div class="loc">⟦m 首页 › 社区公告⟧</div>
<div class="post"><h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　2025-04-19　阅读 864⟧</p>
{BODY}
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　贺玲　138****6620⟧</p></div>
<div class="wuye">⟦m 物业报修：0731-5580999　夜间值班：0731-5580998⟧</div>
<div class="ft">⟦m 娆苑社区居委会　地址：徉湖区娆苑路9号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为解决老旧楼栋阳台小、晾晒难的问题，社区在3号楼与5号楼之间的空地建成公共晾晒区，安装不锈钢晒衣竿40组，定于4月20日起正式启用。有关事项通知如下：
一、开放时间为每天7:00至19:00，雨雪天气暂停开放。
二、晾晒区实行“扫码登记、先到先用”，居民扫描晾晒区入口处的二维码登记楼栋、门牌后即可使用，每户每次最多使用两根晒衣竿。
三、请勿在晒衣竿上悬挂腌肉、鱼干等食品，也不要攀爬、拉扯晒衣竿。
四、晾晒衣物请当天收回，超过19时未收回的，由志愿者统一收存至社区服务站。
咨询电话：0731-5580316（社区服务站）
娆苑社区居民委员会
2025年4月18日
""",
    ),
    dict(
        slug="community-shanyuan-pledge-collect-dumpling-mats",
        site="姗园社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://shanyuan-sq.example.org/notice/2024-1209.html",
        title="关于征集闲置饺子帘的倡议",
        record_title="姗园社区｜关于征集闲置饺子帘的倡议（冬至邻里宴）",
        date="2024-12-09",
        notes="residents' site text page: a weather and duty line at the top, a donation-point photo caption "
        "between paragraphs, a volunteer sign-up prompt, a comment count; signature date",
        page="""
!m 姗园社区服务网　有事找社区
!m 12月9日 周一　多云转阴　值班社工：钟晓
{T}
!m 来源：邻里食堂　　浏览 377
{BODY}
!a 想当志愿者？点这里在线报名
!l 居民留言（12）　我要留言
!m 姗园社区服务站　徉湖区姗园街88号
""",
        body="""
亲爱的居民朋友们：
今年冬至，社区“邻里食堂”将举办“百家饺子宴”，邀请辖区独居老人、困难家庭和志愿者一起包饺子、吃饺子。活动预计需要饺子帘六十余张，食堂现有的远远不够。
为此，我们向全体居民发出倡议：如果您家中有闲置不用的饺子帘，无论是高粱秆穿的、竹子编的，还是塑料的，都欢迎捐给社区。
⟦m 〔图〕邻里食堂门口的饺子帘收集箱⟧
捐赠时间：12月10日至12月18日，每天9:00至17:00。
捐赠地点：社区服务站一楼邻里食堂。
捐出的饺子帘将由志愿者清洗、晾干后统一使用，活动结束后留作邻里食堂的公共用品。一张小小的饺子帘，能让更多老人吃上热乎的饺子。感谢大家的支持！
姗园社区居民委员会
2024年12月9日
""",
    ),
    dict(
        slug="association-zhizhou-printing-minutes-calendar-stand-pact",
        site="黹州市印刷行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zzprint-assn.example.org.cn/xhdt/2025/0714/230.html",
        title="黹州市印刷行业协会第三届理事会第五次会议纪要",
        record_title="〔理事会·第五次〕黹州市印刷行业协会第三届理事会第五次会议纪要｜黹州市印刷行业协会",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="association site: member login row, a member hotline; the association's name in the header is also the "
        "signature's start (head); the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count are body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔理事会·第五次〕黹州市印刷行业协会第三届理事会第五次会议纪要｜黹州市印刷行业协会</title></head><body>
<div class="hd"><span class="logo">⟦m 黹州市印刷行业协会⟧</span>　<a>⟦a 会员单位登录⟧</a>　<a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 协会首页　协会概况　协会动态　行业标准　会员风采⟧</div>
<div class="crumb">⟦m 协会首页 ＞ 协会动态 ＞ 会议纪要⟧</div>
<div class="main"><h1>{T}</h1>
<p class="info">⟦m 时间：2025-07-14　来源：协会秘书处　点击：196⟧</p>
{BODY}
<p class="back">⟦l 【返回协会动态】⟧</p></div>
<div class="side"><h4>⟦l 往期纪要⟧</h4><p>⟦l 第三届理事会第四次会议纪要⟧</p><p>⟦l 2025年会员大会纪要⟧</p></div>
<div class="ft">⟦m 会员服务热线：0735-8233616⟧<br>⟦m 黹州市印刷行业协会 版权所有　湘ICP备17003318号⟧</div>
</body></html>
""",
        body="""
时间：2025年7月10日上午
地点：协会会议室
主持：会长　樊振宇
出席：理事17人（应到19人）
列席：监事长　戚苹
记录：秘书处　卢小棠
会议审议了《2026年日历牌印制自律公约》，并就有关事项形成纪要如下：
一、会员单位承印日历牌、台历、挂历，须核验委托方身份；对机关、事业单位委托印制的，须查验其采购审批手续，不得承接以公款印制赠送的订单。
二、倡导简约设计，日历牌用纸不超过157克，不使用烫金、覆膜等过度工艺。
三、公约经表决通过，同意17票，反对0票，弃权0票。
黹州市印刷行业协会秘书处
""",
    ),
    dict(
        slug="association-taichuan-noodle-pledge-racks-wrapped",
        site="骀川县挂面行业协会网站 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.tcgmxh.example.org/xhgg/2024/1029/15.html",
        title="面条架不占道、晾晒不扰民倡议书",
        record_title="〔挂面协会·自律〕面条架不占道、晾晒不扰民倡议书 - 骀川县挂面协会",
        date="2024-10-28",
        notes="association page hard-wrapped at 72 columns; a numbered list 1.–4.; a member-join prompt and a "
        "secretariat phone; signature date",
        page="""
!m 骀川县挂面行业协会　一根挂面 百年匠心
!m 首页 ／ 协会公告
{T}
!m 秘书处　2天前更新　阅读 552
{BODY}
!a 非会员企业欢迎加入骀川挂面协会，入会申请表请到秘书处领取
!m 协会秘书处电话：0541-6230871
!m 骀川县挂面行业协会 版权所有
""",
        indent="\u3000\u3000",
        wrap=72,
        body="""
全县各挂面生产企业、合作社和手工作坊：
骀川挂面是我们共同的招牌。为落实全县手工挂面产业发展推进会要求，维护行业形象，协会向全体会员和从业者倡议：
1. 面条架不占道。晾晒一律在自家院内或集中晾晒区进行，不在国道、县道和村内主干道上支架晒面。
2. 晾晒不扰民。清晨上架、傍晚收架时轻拿轻放，不占用邻居门前空地，不在居民窗前堆放面条架。
3. 卫生有标准。面条架每天收面后清洗晾干，晾晒区设置防尘网，杜绝面条落地再上架。
4. 品牌共维护。统一使用“骀川挂面”区域公用品牌标识，不以次充好、不虚假宣传。
让我们从一副面条架做起，共同擦亮骀川挂面这块金字招牌！
骀川县挂面行业协会
2024年10月28日
""",
    ),
    dict(
        slug="company-jiewan-enamel-news-replica-mugs",
        site="婕湾搪瓷 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiewan-enamel.example.com/news/2025/0520/88.html",
        title="婕湾搪瓷推出“老厂记忆”复刻饭缸",
        record_title="婕湾资讯 » 婕湾搪瓷推出“老厂记忆”复刻饭缸 | 婕湾搪瓷",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="company site: a cookie notice, a service float with an order hotline, the title repeated and glued "
        "before the news lead; the record gives the date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>婕湾资讯 » 婕湾搪瓷推出“老厂记忆”复刻饭缸 | 婕湾搪瓷</title></head><body>
<header><span class="brand">⟦m 婕湾搪瓷 JIEWAN ENAMEL⟧</span>
<nav>⟦m 首页　关于婕湾　产品中心　新闻动态　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 企业新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025-05-20　｜　婕湾搪瓷品牌部⟧</p>
{BODY}
<p class="share">⟦l 分享到 微信 · 微博 · 小红书⟧</p></article>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意婕湾搪瓷的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<div class="kefu">⟦a 在线客服⟧<br>⟦m 订购热线 400-615-1958⟧</div>
<footer>⟦m 嫱川市婕湾搪瓷制品有限公司　湘ICP备20047715号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 婕湾搪瓷推出“老厂记忆”复刻饭缸⟧5月20日，婕湾搪瓷制品有限公司在建厂纪念日推出“老厂记忆”系列复刻饭缸。新品参照厂里保存的老样品设计，沿用白底红字、带盖带提手的经典造型。
与老饭缸相比，复刻款在工艺上做了不少改进：瓷釉采用无铅配方，通过了食品接触材料检测；缸口加厚包边，不易磕碰掉瓷；缸身印字改用耐高温釉上彩，久用不褪色。
公司负责人介绍，复刻饭缸首批生产三千只，其中一部分将赠送给曾在厂里工作过的老职工。
""",
    ),
    dict(
        slug="company-qinggan-recall-telescopic-drying-poles",
        site="晴竿家居官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.qinggan-home.example.cn/gonggao/2025/0616.html",
        title="关于召回部分批次伸缩式晒衣竿的公告",
        date="2025-06-16",
        notes="record title as is; a recalled-batches table; the recall line in the body beside the site's 400 order "
        "line; signature date",
        page="""
!m 晴竿家居 · 让晾晒更轻松
!m 首页 | 产品中心 | 服务支持 | 公司公告
{T}
!m 发布：晴竿家居客服中心
{BODY}
!m 订购热线：400-882-0517　天猫旗舰店：晴竿家居旗舰店
!a 扫码关注晴竿家居服务号，一键预约上门安装
!m 婳溪县晴竿家居用品有限公司 © 2025
""",
        body="""
近期，我公司在质量回访中发现，2024年10月至12月生产的部分批次伸缩式晒衣竿，其锁紧卡扣在长期负重后可能松脱，存在晒衣竿回缩、衣物坠落的风险。为保障消费者安全，我公司决定自即日起召回上述产品。
产品型号　生产批次　数量
SY-240不锈钢伸缩晒衣竿　20241015—20241130　3860根
SY-280不锈钢伸缩晒衣竿　20241102—20241220　2145根
消费者可通过晒衣竿末端标签查看型号和批次。凡属召回范围的产品，我公司将免费更换加强型锁紧卡扣，或按购买价格全额退款。
召回咨询电话：0734-8619550（每天8:30—20:00）
婳溪县晴竿家居用品有限公司
2025年6月16日
""",
    ),
    dict(
        slug="training-qiaochu-brochure-dumpling-weekend-class",
        site="巧厨面点培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaochu-mdpx.example.com/zs/2025-dongji.html",
        title="手工水饺速成班招生简章",
        record_title="【冬令周末班】手工水饺速成班招生简章（送饺子帘一张）- 巧厨面点培训学校",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line beside the school's own 报名电话; "
        "a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【冬令周末班】手工水饺速成班招生简章（送饺子帘一张）- 巧厨面点培训学校</title></head><body>
<div class="promo">⟦a 冬季班火热报名中，前20名立减200元！⟧</div>
<div class="hd">⟦m 巧厨面点培训学校⟧　⟦m 学面点，到巧厨⟧</div>
<div class="nav">⟦m 首页　课程设置　师资力量　学员作品　报名咨询⟧</div>
<div class="zs"><h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 在线咨询 · 微信 qiaochu_mdxx⟧</div>
<div class="ft">⟦m 全国加盟热线 400-990-2212⟧<br>⟦m 巧厨面点培训学校 版权所有　湘ICP备21009902号⟧</div>
</body></html>
""",
        body="""
学校简介：巧厨面点培训学校开办十二年，累计培训面点学员六千余人，是旎阳县人社局定点职业技能培训机构。
课程内容：和面与醒面、擀皮技巧、三鲜馅和白菜猪肉馅调制、元宝饺与月牙饺包法、水煮与冷冻保存。
上课时间：每周六、周日9:00—16:00，共四个周末。
招收对象：年满16周岁、身体健康的社会人员，零基础可报。
学费：1280元，含全部食材费；学员报名即赠高粱秆饺子帘一张、擀面杖一根。
结业后可参加中式面点师职业技能等级认定。
报名电话：0743-8235177（郭老师）
报名地址：旎阳县城东大街106号二楼
""",
    ),
    dict(
        slug="training-huakou-trainee-noodle-racks-oneline",
        site="婳口挂面技艺培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.huakou-guamian.example.cn/xueyuan/xinde/27.html",
        title="在婳口学手工挂面的七天",
        record_title="学员手记｜在婳口学手工挂面的七天｜婳口挂面技艺培训中心",
        date=None,
        notes="a trainee's piece on one line (paragraphs apart by their indent); a trial-class prompt and a course "
        "line around it; no date",
        page="""
!m 婳口挂面技艺培训中心
!m 首页 › 学员风采 › 学员心得
!t 学员手记｜在婳口学手工挂面的七天
!m 学员：曹卫东（第17期）
{BODY}
!a 想学手工挂面？预约免费试学一天
!l 下期开班：手工挂面七日班　空心挂面进阶班
!m 培训中心地址：婳溪县婳口镇挂面街3号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
报名婳口镇手工挂面技艺培训班之前，我以为挂面就是把面条挂起来晒干那么简单。
第一天，师傅让我们先学和面、盘条。面团要反复揉、反复醒，一个上午下来，胳膊酸得抬不起来。
第三天开始学上架。面条架有一人多高，要把盘好的面条绕在两根面签上，一头插进面条架上方的孔里，另一头慢慢往下拉。力气小了拉不开，力气大了就断，我前后拉断了十几挂。
到了第七天，我终于能独立拉出一架粗细均匀的面条。看着面条架上一排排银丝一样的挂面，心里别提多高兴了。
回家后，我打算和妻子一起开一家小作坊，把学到的手艺用起来。
""",
    ),
    dict(
        slug="writingapp-luomo-report-canteen-keeper-docx",
        site="落墨写作APP H5 share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luomo-app.example.com/share/doc?id=5520917",
        title="机关食堂管理员个人述职报告",
        record_title="机关食堂管理员个人述职报告.docx",
        date="2025-01-06",
        notes="writing app's H5 share: an open-app mask, a fold, an AI-rewrite button glued after a 。; file-name record "
        "title; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>落墨写作</title></head><body>
<div class="app-bar">⟦m 落墨写作⟧　⟦a 去落墨APP⟧</div>
<div class="doc"><h2>{T}</h2>
<p class="doc-meta">⟦m 范文 · 述职报告 · 约900字 · 3.2万人用过⟧</p>
{BODY}
</div>
<div class="fold">⟦a 打开落墨APP查看完整范文 ∨⟧</div>
<div class="mask">⟦a 在APP内打开，免费用AI生成同类述职报告⟧</div>
<div class="bottom">⟦a 复制全文　｜　导出Word　｜　一键改写⟧</div>
</body></html>
""",
        body="""
2024年，我在祗水县机关事务服务中心担任机关食堂管理员，负责食堂日常运营、食品安全和节约管理工作。现将一年来的履职情况报告如下。
一是抓食品安全。严格执行食材索证索票和留样制度，全年接受市场监管部门检查4次，均未发现问题。
二是抓节约用餐。牵头推行“自带饭缸”做法，协调采购搪瓷饭缸1500只发放给干部职工，一次性餐盒用量下降九成以上。在取餐区张贴“光盘”提示，厨余垃圾减少约三成。⟦a ✨让AI帮我改写这一段⟧
三是抓服务提升。每月征求一次就餐意见，新增早餐杂粮粥和午餐小份菜，职工满意度测评达到96%。
存在的不足是菜品创新还不够，明年将继续改进。
述职人：唐悦
2025年1月6日
""",
    ),
    dict(
        slug="writingapp-luomo-address-calendar-stand-exhibition",
        site="落墨写作APP (invented)",
        style="范文APP",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://m.luomo-app.example.com/fw/zhici/30117",
        title="在“翻过的日子——老日历牌档案展”开幕式上的致辞",
        record_title="在“翻过的日子——老日历牌档案展”开幕式上的致辞（馆长用）· 落墨写作APP",
        date="2025-01-10",
        notes="writing app text page: speaker and date lines under the title neutral, the date in Chinese numerals; "
        "an AI-continue button, a member copy line and a template count",
        page="""
!m 落墨写作 · 你的AI公文助手
!t 在“翻过的日子——老日历牌档案展”开幕式上的致辞（馆长用）
!m 分类：致辞　　收录：落墨范文库　　1.4万次使用
县档案馆馆长　符清
（二〇二五年一月十日）
{BODY}
!a AI续写　｜　换个说法　｜　扩写到1500字
!a 开通落墨会员，解锁复制与Word导出
!l 类似范文：档案馆开馆仪式致辞（共38篇）
""",
        indent="\u3000\u3000",
        body="""
各位来宾，朋友们：
大家上午好！今天，“翻过的日子——老日历牌档案展”在这里开幕。我谨代表县档案馆，向前来参加开幕式的各位来宾表示热烈欢迎，向捐赠藏品的市民朋友表示衷心感谢！
这次展览共展出日历牌、挂历、台历等实物一百八十余件，其中最早的一块日历牌距今已有六十多年。这些藏品大多来自普通家庭，有的写着家里孩子的生日，有的记着播种和收割的日子。
一页页日历翻过去，翻过的是一个个寻常日子，留下的是一座城市的记忆。希望大家走进展厅，在老日历牌里找到属于自己的那一页。
最后，预祝展览取得圆满成功！谢谢大家。
""",
    ),
]

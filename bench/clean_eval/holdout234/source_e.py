"""holdout234, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-guyuan-notice-suggestion-box-move",
        site="蛄园社区居委会网站 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://guyuan.mengqiao.example.gov.cn/sqgg/2025/0507/218.html",
        title="关于居民意见箱迁移及开箱时间调整的公告",
        record_title="【蛄园告示】关于居民意见箱迁移及开箱时间调整的公告 | 蛄园社区居委会",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="residents' site: a weather line, a grid member's box with a mobile, a property duty line beside the "
        "community's own 咨询电话 in the body; the posting date differs from the 公告 date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【蛄园告示】关于居民意见箱迁移及开箱时间调整的公告 | 蛄园社区居委会</title>
</head><body>
<div class="top">⟦m 蛄园社区居委会⟧ <span>⟦m 蛉湖区蜢桥街道⟧</span> <span>⟦m 今日蛄园：晴 21℃ 空气质量良⟧</span></div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 办事指引⟧</li><li>⟦m 党建园地⟧</li><li>⟦m 志愿服务⟧</li></ul>
<div class="pos">⟦m 当前位置：社区首页 - 社区公告⟧</div>
<div class="ggbox"><h2>{T}</h2>
<p class="time">⟦m 发布日期：2025-05-07　发布人：社区办公室⟧</p>
<div class="ggtext">
{BODY}
</div>
<div class="op">⟦a 打印 ｜ 转发给邻居⟧</div></div>
<div class="side"><div class="grid">⟦m 我的网格员：1号网格 纪巧云 136-2075-3318⟧</div>
<div class="wy">⟦m 物业24小时值班：0735-7760999⟧</div>
<div class="links"><h4>⟦l 便民链接⟧</h4><p>⟦l 社保查询⟧</p><p>⟦l 水电缴费⟧</p></div></div>
<div class="foot">⟦m 蛄园社区居民委员会　地址：蛄园路18号⟧<br>⟦m 粤ICP备17032205号-6⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
因社区党群服务中心改造，原设在中心门口的居民意见箱自5月8日起迁移至蛄园小区北门便民服务亭旁。
迁移后，意见箱每周二、周五上午由社区“两委”成员和居民代表共同开箱，来信内容登记后分类转交相关部门办理，办理结果在社区公告栏和居民微信群公布。
居民也可以直接到社区居委会反映问题，或拨打社区咨询电话0735-7760312。
特此公告。
蛄园社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="community-mengqiao-notice-polling-stations-table",
        site="蜢桥社区网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.mengqiaosq.example.cn/gonggao/20251110/077.html",
        title="蜢桥社区第十二届居民委员会选举投票站设置公告",
        date="2025-11-10",
        notes="record gives the title as is; a polling-station table one row a paragraph; mobile ballot boxes and "
        "scanning a QR code to find one's station are content; a visitor count and the community's footer",
        page="""
!m 蜢桥社区网　和美蜢桥 共建共享
!m 首页 / 通知公告
{T}
!m 来源：社区居民选举委员会　　访问量：1127
{BODY}
!l 【上一条】蜢桥社区选民名单公告
!l 【下一条】关于冬季消防安全检查的提示
!m 蜢桥社区居委会　值班电话：0735-7761020
""",
        body="""
根据《蜢桥社区居民委员会选举办法》，经社区居民选举委员会研究，现将投票站设置情况公告如下：
投票站　地点　投票时间
第一投票站　社区党群服务中心一楼　11月17日8:00—17:00
第二投票站　蜢桥小区3栋架空层　11月17日8:00—12:00
第三投票站　和鸣苑小区东门　11月17日14:00—17:00
对高龄、重病等行动不便的选民，设流动票箱上门投票，请于11月14日前向所在楼栋长登记。
选民可扫描社区公告栏上的二维码，查询自己所在的投票站。
蜢桥社区居民选举委员会
2025年11月10日
""",
    ),
    dict(
        slug="association-xiacheng-expo-pledge-reusable-table-cards",
        site="蛱城市会展业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xcexpoassn.example.org/hyzl/2025/06/05/302.html",
        title="关于推行可循环桌签、减少会议一次性物料的倡议书",
        record_title="〖绿色会展〗关于推行可循环桌签、减少会议一次性物料的倡议书 - 蛱城市会展业协会",
        date="2025-06-05",
        notes="association site: a member-login row and a member hotline; the association's name in the header "
        "is also the signature (matched as head); '转发分享给合作客户' is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖绿色会展〗关于推行可循环桌签、减少会议一次性物料的倡议书 - 蛱城市会展业协会</title>
</head><body>
<div class="hd"><span class="name">⟦m 蛱城市会展业协会⟧</span> <span>⟦m Xiacheng Exhibition Association⟧</span></div>
<div class="login">⟦a 会员单位登录 ｜ 申请入会⟧</div>
<ul class="nav"><li>⟦m 协会概况⟧</li><li>⟦m 行业资讯⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 行业自律⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布：协会秘书处　｜　浏览 389⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="side"><h4>⟦l 自律公约⟧</h4><p>⟦l 会展服务收费自律公约⟧</p><p>⟦l 展台搭建安全承诺书⟧</p></div>
<div class="foot">⟦m 会员服务热线：0735-3350600⟧<br>⟦m 协会地址：蛱城市会展大道9号　粤ICP备21015507号⟧</div>
</body></html>
""",
        body="""
全市会展行业各会员单位：
一场会议结束，成百上千个纸质桌签往往被直接丢弃。为践行绿色办会理念，我们向全行业发出如下倡议：
一、推广可循环桌签。会议主办方和场馆优先使用亚克力插卡式桌签或电子桌签，只更换内页，不整体丢弃。
二、减少一次性物料。桌签内页使用再生纸，单面打印能满足需要的不双面打印。
三、做好回收利用。会后由会务人员统一回收桌签外壳，清洁后循环使用。
四、带头宣传引导。各会员单位要将本倡议转发分享给合作客户，共同推动绿色会展。
蛱城市会展业协会
2025年6月5日
""",
    ),
    dict(
        slug="association-xiacheng-toys-minutes-laser-toys-vote",
        site="蛱城市玩具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xctoys.example.org.cn/xhdt/20250728/116.html",
        title="蛱城市玩具行业协会第三届理事会第五次会议纪要",
        date="2025-07-24",
        date_also=["2025-07-28"],
        notes="record gives the title as is; the minutes' 时间 line is the date, the posting date differs; "
        "时间/地点/主持/出席/记录 lines and a vote count are body",
        page="""
!m 蛱城市玩具行业协会
!m 网站首页 → 协会动态
{T}
!m 发布日期：2025-07-28　　来源：秘书处
{BODY}
!a 会员单位可登录后下载纪要原件
!l 上一篇：协会组织会员企业赴广交会参展
!m 蛱城市玩具行业协会秘书处　电话：0735-3378110
""",
        body="""
时间：2025年7月24日上午
地点：协会会议室
主持：会长 甘振声
出席：理事17人（应到21人）
记录：秘书处 苗晓
会议讨论了会员企业销售激光类玩具的自律问题，形成以下意见：
一、会员企业不得生产、销售输出功率超过1类限值的激光笔玩具，已有库存的一律下架。
二、激光类玩具外包装须标注激光安全等级和“请勿照射眼睛”警示语。
三、秘书处于8月底前组织一次会员企业自查，结果在协会网站公布。
会议以17票赞成、0票反对、0票弃权，通过了《会员企业激光类玩具自律公约》。
""",
    ),
    dict(
        slug="company-mingwan-optics-news-class1-pointer",
        site="螟湾光电科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingwan-optics.example.com/news/2025/0303.html",
        title="螟湾光电推出1类安全等级教学激光翻页笔",
        record_title="螟湾光电推出1类安全等级教学激光翻页笔 —— 螟湾光电官网·企业新闻",
        date="2025-03-03",
        notes="company site: a cookie notice, a service float, product nav; the date line under the title is "
        "the page's date; the company's short name in the header also stands in the body (matched as head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>螟湾光电推出1类安全等级教学激光翻页笔 —— 螟湾光电官网·企业新闻</title>
<script src="/assets/cookie-consent.js"></script>
</head><body>
<header><a class="logo">⟦m 螟湾光电⟧</a>
<nav><a>⟦m 关于我们⟧</a><a>⟦m 产品中心⟧</a><a>⟦m 企业新闻⟧</a><a>⟦m 服务支持⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 企业新闻 / 公司动态⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 2025-03-03　｜　市场部⟧</div>
<div class="body">
{BODY}
</div></article>
<div class="prod"><h4>⟦l 相关产品⟧</h4><p>⟦l MW-P3 教学翻页笔⟧</p><p>⟦l MW-G1 会议演示笔⟧</p></div>
<div class="service-float">⟦w 销售咨询 0736-4719200⟧<br>⟦a 在线客服⟧</div>
<div class="cookie">⟦d 本网站使用必要的Cookie以保证页面正常浏览，继续访问即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 螟湾光电科技有限公司　湘ICP备24007102号⟧</footer>
</body></html>
""",
        body="""
近日，螟湾光电科技有限公司推出一款面向中小学课堂的激光翻页笔。该产品激光输出功率控制在0.39毫瓦以下，经第三方检测机构检测，达到1类激光产品安全等级。
公司研发负责人介绍，这款翻页笔针对课堂上误照学生眼睛的风险，增加了“离屏自动熄灭”功能：当笔头偏离投影屏幕方向时，激光会在0.5秒内自动关闭。
产品外壳印有“请勿直视光束”警示语，包装内附使用说明和安全须知，售价与普通翻页笔基本持平。
目前，该产品已在蛉湖区、蚨水县等地部分学校试用。
""",
    ),
    dict(
        slug="company-youtian-signs-recall-badges-batches",
        site="蚰田标牌制品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.youtian-signs.example.cn/gonggao/2025-10-15.html",
        title="关于召回部分批次磁吸式胸牌的公告",
        record_title="［公告］关于召回部分批次磁吸式胸牌的公告-蚰田标牌",
        date="2025-10-15",
        notes="company text: the title repeated and glued before the salutation; a recalled-batches table (with "
        "production dates inside the table) one row a paragraph; the recall line in the body beside the site's 400 order line; the 公告 date under the signature",
        page="""
!m 蚰田标牌　胸牌 · 工牌 · 桌牌 · 奖牌 定制
!m 订购热线：400-662-7318
!m 首页 | 产品展示 | 定制流程 | 公司公告 | 联系我们
{T}{BODY}
!l 返回公告列表
!a 扫码进入微信商城，下单更方便
!m 蚰田标牌制品有限公司　地址：蟪山县蚰田镇工业园6号
!m 湘ICP备19020813号-1
""",
        body="""
尊敬的客户：
我公司于2025年8月至9月生产的部分磁吸式胸牌，因磁铁固定胶水不合格，使用中磁铁可能脱落。为避免儿童误吞脱落的磁铁，公司决定对以下批次产品实施召回：
批次号　生产日期　数量（枚）
CX250812　2025年8月12日　3200
CX250826　2025年8月26日　4500
CX250909　2025年9月9日　2800
请持有上述批次胸牌的客户停止使用，联系我公司办理免费更换。胸牌背面印有批次号，可据此核对。
召回联系电话：0736-4771520，联系人：包经理。
蚰田标牌制品有限公司
2025年10月15日
""",
    ),
    dict(
        slug="training-qiyan-brochure-presenter-course",
        site="启言培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiyanpx.example.com/kecheng/jiangshi-2025.html",
        title="讲师授课技能提升班招生简章",
        record_title="【周末小班】讲师授课技能提升班招生简章（含激光笔实操）｜启言培训",
        date=None,
        notes="training school: a promo banner, a consult float with a 400 line beside the course's own 报名电话; "
        "a course table one row a paragraph; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末小班】讲师授课技能提升班招生简章（含激光笔实操）｜启言培训</title>
<script src="/js/swiper.min.js"></script>
</head><body>
<div class="promo">⟦a 老学员带新学员，双方各减200元⟧</div>
<div class="head">⟦m 启言培训⟧ <span>⟦m 让每一次开口都有分量⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 课程体系⟧</li><li>⟦m 师资团队⟧</li><li>⟦m 学员风采⟧</li></ul>
<div class="course"><h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="btns"><a>⟦a 立即报名⟧</a> <a>⟦a 预约试听⟧</a></div></div>
<div class="float">⟦w 全国统一咨询：400-118-6672⟧<br>⟦w 微信扫码添加课程顾问⟧</div>
<div class="foot">⟦m 启言培训学校　办学许可证号：教民14405007002118号⟧<br>⟦m 粤ICP备22019941号⟧</div>
</body></html>
""",
        body="""
课程对象：企业内训师、中小学青年教师及需要经常汇报演示的职场人员。
课程内容：
课次　主题　时长
第一课　开场与控场　3小时
第二课　幻灯片设计与翻页节奏　3小时
第三课　激光笔与翻页笔的规范使用　2小时
第四课　模拟授课与点评　4小时
第三课将讲解激光笔的安全使用：光点只落在屏幕上，不扫过听众；讲解结束及时松开按键；不购买功率不明的产品。
上课时间：每周六上午，共四周。
报名电话：0735-7790612（谷老师）。
""",
    ),
    dict(
        slug="training-yayi-brochure-meeting-etiquette",
        site="雅仪职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.yayipx.example.cn/zsjz/huiwu-07.html",
        title="会务礼仪实训班招生简章",
        record_title="会务礼仪实训班招生简章（第7期·可试听）- 雅仪职业培训学校",
        date=None,
        notes="training school text: a trial-lesson prompt and a course adviser's WeChat; numbered course items on "
        "table name cards; the school's own 报名电话 and address in the body; no date",
        page="""
!m 雅仪职业培训学校
!a 免费试听一节，名额有限，先到先得
!t 会务礼仪实训班招生简章（第7期·可试听）
{BODY}
!w 课程顾问微信：yayi_peixun02（备注“会务”）
!l 其他课程：商务礼仪基础班｜酒店宴会服务班｜涉外接待礼仪班
!m 雅仪职业培训学校　版权所有
""",
        body="""
一、培训对象
机关、企事业单位办公室人员，酒店会议服务人员，以及有志从事会务工作的社会人员。
二、培训内容
1.会议座次排列规则，主席台、圆桌、长条桌座次图的绘制。
2.桌签制作：字体字号选择、双面排版、批量打印技巧。
3.桌签摆放与核对：按座次图摆放，会前“三对照”核查。
4.会场引导、签到、茶水服务等礼仪实操。
三、培训安排
每期10天，白天实操、晚上答疑，结业考核合格颁发结业证书。
四、报名方式
报名电话：0735-3367021，地址：蛱城市文华路22号雅仪培训楼三层。
""",
    ),
    dict(
        slug="fanwenapp-bisu-speech-staff-suggestion-box",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/fw/5517302?from=wx",
        title="在公司职工意见箱开箱座谈会上的讲话",
        record_title="在公司职工意见箱开箱座谈会上的讲话（总经理用·改改就能讲）- 笔速写作",
        date="2025-04-29",
        notes="writing app H5 share: an open-app mask, a fold before the last paragraph, an AI-rewrite button; the "
        "speaker line and the date under the title neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>在公司职工意见箱开箱座谈会上的讲话（总经理用·改改就能讲）- 笔速写作</title>
<script src="https://h5.bisuxiezuo.example.com/js/share.js"></script>
</head><body>
<div class="app-bar">⟦m 笔速写作⟧ <span>⟦m 三分钟写好一篇材料⟧</span> <a class="open">⟦a 去App看⟧</a></div>
<div class="fw">
<h1>{T}</h1>
<p class="who">公司总经理　闫锐</p>
<p class="when">（2025年4月29日）</p>
<div class="fw-body">
{BODY}
</div>
<div class="ai">⟦a AI一键改写成我单位的版本⟧</div>
<div class="fw-meta">⟦m 1.6万人已用　收藏 2210⟧</div>
</div>
<div class="mask">⟦a 在笔速写作App内打开，可复制全文并导出Word⟧</div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 职代会闭幕讲话⟧</p><p>⟦l 厂务公开工作会议讲话⟧</p></div>
</body></html>
""",
        body="""
同志们：
今天我们打开职工意见箱，当着大家的面一封一封地读，一条一条地回。这个座谈会，就是要让大家知道，投进箱子里的话，公司是认真听了的。
这一季度，意见箱共收到职工来信36封。大家反映最多的，是夜班食堂饭菜凉、倒班宿舍热水不稳定、劳保用品发放不及时这三件事。
对这三件事，我当场表个态：夜班食堂下月起增加保温餐台；倒班宿舍热水器本月底前全部检修；劳保用品改为按月定时发放，由工会监督。
⟦a 已折叠，点此展开余下内容⟧
意见箱不是摆设。今后每个季度我们都开一次这样的座谈会，办理结果在厂务公开栏公布，请大家继续监督。
""",
    ),
    dict(
        slug="fanwenapp-cailiaoxia-summary-meeting-services",
        site="材料匣 (invented writing app, share text)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaoxia.example.cn/s/Zk83Pq",
        title="县政府办公室2024年会务保障工作总结",
        record_title="县政府办公室2024年会务保障工作总结｜材料匣App·年终总结",
        date="2025-01-06",
        notes="writing app share text: a shared-by line with '2 天前' (no date), an app prompt glued after a "
        "sentence, a copy limit and recommendations; the date under the signature",
        page="""
!m 材料匣 · 体制内写作工具箱
!t 县政府办公室2024年会务保障工作总结｜材料匣App·年终总结
!m 由 会务小陈 分享于 2 天前　·　收藏 913
{BODY}
!a 复制全文需在App内操作，网页版每日可免费复制1次
!a 打开材料匣App，解锁同类范文138篇
!l 猜你想写：办公室年度工作总结｜文秘岗位述职报告｜会务工作心得
""",
        indent="\u3000\u3000",
        body="""
2024年，县政府办公室会务科围绕“零差错、高效率”目标，全年共保障各类会议217场，其中县政府常务会议24场、全县性大会11场。现将主要工作总结如下。
一、规范会前准备。制定会务工作流程清单，明确会场预订、材料印制、桌签制作、座次安排等18个环节的责任人和完成时限。
二、严格桌签核对。推行桌签“双人核对”制度，制作人和核对人分别签字，全年制作桌签3100余个，未出现差错。⟦a 用材料匣AI续写下一段⟧
三、推进节俭办会。推广可重复使用的插卡式桌签，全年减少纸张使用约4万张。
四、存在不足。临时性会议多，会务人员加班频繁，部分环节仍靠人工完成。
2025年，我们将继续提高会务工作标准化水平。
县政府办公室会务科
2025年1月6日
""",
    ),
]

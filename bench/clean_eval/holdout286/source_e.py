"""holdout286, part E: residents' sites, trade associations, company sites, training schools, writing apps, exam forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-houyuan-notice-stairwell-old-deckchairs",
        site="鄇园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.houyuanshequ.cn/tzgg/2024/0416/219.html",
        title="关于清理楼道堆放旧躺椅等杂物的通知",
        record_title="关于清理楼道堆放旧躺椅等杂物的通知 ‹ 社区公告 ‹ 鄇园社区网",
        date="2024-04-15",
        date_also=["2024-04-16"],
        notes="residents' site: weather line, a grid member's box, property repair and night lines, a QR placeholder; the "
        "community's own 咨询电话 kept; the notice's date differs from the page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于清理楼道堆放旧躺椅等杂物的通知 ‹ 社区公告 ‹ 鄇园社区网</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="top">⟦m 郔川区郔东街道鄇园社区⟧　⟦m 4月16日 周二 小雨转阴 14～19℃⟧</div>
<div class="nav">⟦m 首页　社区公告　党建引领　便民服务　邻里互助　平安鄇园⟧</div>
<div class="place">⟦m 首页 ‹ 社区公告 ‹ 正文⟧</div>
<div class="art"><h1>{T}</h1>
<div class="pub">⟦m 发布：鄇园社区居委会　2024-04-16　阅读 486⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="grid">⟦m 我的网格员：第三网格 卢小溪　手机 13807361582⟧</div>
<div class="wy">⟦w 物业报修：0736-8237000　夜间值班：0736-8237099⟧</div>
<div class="qr">⟦a [二维码] 扫码关注“鄇园社区”微信号⟧</div>
<div class="ft">⟦m 鄇园社区居民委员会　湘ICP备21010394号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期社区在消防安全检查中发现，部分楼栋楼道内堆放有旧躺椅、旧沙发、纸箱等杂物，占用疏散通道，存在较大火灾隐患。为保障大家的生命财产安全，现将有关事项通知如下：
一、请各位居民于4月25日前自行清理本户门前及楼道内堆放的杂物。
二、确需处理的旧躺椅、旧家具，可联系社区统一清运，每周六上午在3号楼东侧集中收集。
三、4月26日起，社区将联合物业对未清理的杂物进行集中清理，清理时不再另行通知。
感谢大家的理解和配合！
咨询电话：0736-8237415（社区居委会）
鄇园社区居民委员会
2024年4月15日
""",
    ),
    dict(
        slug="community-gengtian-minutes-family-photo-wall-frames-vote",
        site="郠田社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://gengtiansq.jiuxixian.gov.cn/yshd/2024/0325/77.html",
        title="郠田社区居民议事会会议纪要",
        record_title="〔议事厅〕郠田社区居民议事会会议纪要（“邻里全家福”照片墙专题）",
        date="2024-03-22",
        date_also=["2024-03-25"],
        notes="residents' site as text: the 时间/地点/主持/参会/记录 lines and a vote count kept; the minutes' 时间 line is "
        "the date, the posting date also accepted; a QR placeholder glued after a sentence",
        page="""
!m 郠田社区居民之家　　郠田镇郠田社区居委会主办
!m 首页 ＞ 议事协商 ＞ 居民议事会
{T}
!m 发布人：邓小满　发布时间：2024-03-25　浏览：233
{BODY}
!l 往期纪要：郠田社区居民议事会会议纪要（加装电梯专题）
!w 社区服务电话：0738-7201126　工作时间：周一至周六 8:30-17:30
!m 郠田社区居委会　版权所有
""",
        indent="",
        body="""
时间：2024年3月22日19:30
地点：郠田社区党群服务中心二楼会议室
主持：社区党总支书记 姚春燕
参会：居民代表、楼栋长、物业代表共21人
记录：社区网格员 邓小满
会议讨论了在社区文化长廊设置“邻里全家福”照片墙的事项。纪要如下：
一、照片墙设在文化长廊东段，首批展示60户居民的全家福，统一使用防水铝合金镜框，规格为40厘米×30厘米。
二、镜框采购和安装费用约4200元，从社区微实事资金中列支。⟦a ▣ 扫码查看照片墙效果图⟧
三、照片由居民自愿提供，社区志愿者免费拍摄和冲洗，4月10日前完成征集。
四、会议对上述事项进行了表决，应到代表21人，实到21人，同意20票，弃权1票，事项通过。
""",
    ),
    dict(
        slug="association-zanhu-luggage-pledge-wheels-head-name",
        site="酂湖市箱包行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.zhxbxh.org.cn/xhdt/2024/0701/138.html",
        title="关于抵制劣质轮轴、提升衣箱品质的倡议书",
        record_title="关于抵制劣质轮轴、提升衣箱品质的倡议书 — 协会公告 — 酂湖市箱包行业协会",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="association site: member login, member hotline; the association's name heads the page and also signs "
        "the pledge (matched as head); the pledge's date differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于抵制劣质轮轴、提升衣箱品质的倡议书 — 协会公告 — 酂湖市箱包行业协会</title>
<script src="/res/js/member.js"></script>
</head><body>
<div class="head"><div class="logo">⟦m 酂湖市箱包行业协会⟧</div>⟦a 会员登录　入会申请⟧</div>
<div class="nav">⟦m 首页　协会概况　协会公告　行业资讯　会员风采　标准与检测⟧</div>
<div class="where">⟦m 首页 — 协会公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="when">⟦m 发布日期：2024-07-01　点击：341⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="hotline">⟦w 会员服务专线：0736-8502266（周一至周五）⟧</div>
<div class="foot">⟦m 地址：酂湖市郔川区箱包产业园服务中心三楼　湘ICP备19017740号⟧</div>
</body></html>
""",
        body="""
全市箱包生产企业：
衣箱是出门在外的“移动的家”。近期，市场监管部门抽查发现，部分企业使用劣质走轮和拉杆，导致衣箱在使用中出现断轮、卡杆等问题，影响了“酂湖箱包”的整体声誉。为此，协会向全体会员单位发出如下倡议：
一、守住质量底线。严格执行国家标准，不采购、不使用无厂名厂址、无检验报告的轮轴和拉杆配件。
二、主动亮出标准。在衣箱吊牌上标明拉杆耐疲劳次数、走轮材质等关键指标，让消费者明明白白消费。
三、完善售后服务。对走轮、拉杆等易损部件提供不少于两年的免费维修。
让我们携起手来，以过硬的品质擦亮酂湖箱包的金字招牌！
酂湖市箱包行业协会
2024年6月28日
""",
    ),
    dict(
        slug="association-jiuxi-bamboo-teaware-annual-summary",
        site="郹溪县竹木茶具行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jxzmcj.org/gzzj/2025/0113/41.html",
        title="郹溪县竹木茶具行业协会2024年度工作总结",
        date="2025-01-10",
        notes="association page as text, record title as is; a member-login line, a join-us prompt between paragraphs; "
        "成文日期 in Chinese numerals under the signature, the posting date also accepted",
        page="""
!m 郹溪县竹木茶具行业协会　　会员登录｜加入协会
!m 首页 / 协会工作 / 工作总结
{T}
!m 发布时间：2025-01-13　来源：协会秘书处
{BODY}
!l 上一篇：关于举办第三届竹茶具设计大赛的通知
!w 秘书处电话：0738-7229016　邮箱：jxzmcj@126.com
!m 郹溪县竹木茶具行业协会 版权所有
""",
        indent="\u3000\u3000",
        date_also=["2025-01-13"],
        body="""
2024年，协会在县工商联的指导下，围绕“做精竹茶具、做响郹溪牌”的目标，重点开展了以下工作：
一、制定团体标准。组织会员企业起草《竹木茶则》团体标准，对含水率、表面处理、防霉性能作出规定，于10月正式发布实施。
二、开展技能培训。举办竹茶则雕刻、打磨技能培训班4期，培训学员186人次，其中32人取得职业技能等级证书。
⟦a 竹茶具企业入会指引 ▸ 点此了解会员权益⟧
三、拓展销售渠道。组织12家会员企业参加省茶博会，现场签订茶则、茶匙等订单金额320万元。
四、加强行业自律。开展“拒绝以次充好”承诺活动，58家会员单位签订自律承诺书。
2025年，协会将推动团体标准贯标，争取创建省级竹茶具产业集群。
郹溪县竹木茶具行业协会
二〇二五年一月十日
""",
    ),
    dict(
        slug="company-zhuyun-news-wuqi-deckchair-title-glued",
        site="鄝阳竹韵家具有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuyunjiaju.com/news/company/202408061.html",
        title="竹韵家具推出“午憩”系列折叠躺椅",
        record_title="竹韵新品 ▸ 竹韵家具推出“午憩”系列折叠躺椅 | 竹韵家具",
        record_date="2024-08-06",
        date="2024-08-06",
        notes="company site: cookie notice, service float, a dotted date; the title repeated and glued before the news "
        "lead; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>竹韵新品 ▸ 竹韵家具推出“午憩”系列折叠躺椅 | 竹韵家具</title>
<script src="/assets/js/site.js" defer></script>
</head><body>
<header><a class="brand">⟦m 竹韵家具 ZHUYUN⟧</a><nav>⟦m 首页　产品中心　新闻动态　品牌故事　经销合作　联系我们⟧</nav></header>
<section class="breadcrumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</section>
<article><h1>{T}</h1>
<div class="date">⟦m 2024.08.06　｜　浏览 652⟧</div>
<div class="rich">
{BODY}
</div>
<div class="pn">⟦l 上一篇：竹韵家具通过出口质量管理体系复审⟧　⟦l 下一篇：公司开展夏季消防演练⟧</div></article>
<div class="kefu">⟦w 在线客服 · 经销加盟请咨询 0735-6658800⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 鄝阳竹韵家具有限公司　湘ICP备16020857号⟧</footer>
</body></html>
""",
        body="""
⟦t 竹韵家具推出“午憩”系列折叠躺椅⟧8月5日，鄝阳竹韵家具有限公司在公司展厅举行新品发布会，正式推出“午憩”系列折叠躺椅。
该系列躺椅采用鄝阳本地五年生楠竹，经高温碳化和防霉处理，椅面由28根竹条拼接而成，靠背可在五个角度之间调节，收起后厚度仅12厘米，适合办公室午休和阳台使用。
公司研发部负责人介绍，新品研发历时一年，先后进行了3万次折叠耐久测试和150公斤静载测试。
目前，“午憩”系列已在公司官方商城和各地经销门店同步上市，首批产能两万把。
""",
    ),
    dict(
        slug="company-yingmei-recall-glass-frames-batches",
        site="酂湖映美家居用品有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yingmeihome.cn/notice/2024-12-02-recall.html",
        title="关于召回部分批次“素影”系列玻璃镜框的公告",
        date="2024-12-02",
        notes="company page as text, record title as is; batches table one row a paragraph; 扫描二维码 as content; the "
        "recall line beside a 400 order line",
        page="""
!m 映美家居 · 让每一张照片都有好归宿
!m 首页 | 产品 | 服务与支持 | 公告 | 关于映美
{T}
!m 2024-12-02　映美家居客户服务部
{BODY}
!w 商城订购热线：400-690-5177（召回事宜请拨下方召回专线）
!l 相关公告：关于“素影”系列产品质量回访的说明
!m © 酂湖映美家居用品有限公司　湘ICP备18031102号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在质量回访中发现，2024年9月至10月生产的部分“素影”系列玻璃镜框，背板卡扣弹性不足，悬挂时可能松脱，导致玻璃面板掉落伤人。为保障用户安全，我公司决定主动召回以下批次产品：
型号　规格　生产批号
SY-0710　7寸　240915至240930
SY-1012　10寸　241008至241026
请用户立即停止悬挂使用上述产品。批号印在镜框背板右下角，也可扫描背板上的二维码查询是否属于召回范围。
召回产品可免费更换或全额退款，运费由我公司承担。
召回咨询电话：0736-8516677
酂湖映美家居用品有限公司
2024年12月2日
""",
    ),
    dict(
        slug="training-zhuli-tea-scoop-carving-course-brochure",
        site="竹里手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhulishouzuo.com/course/chaze-diaoke.html",
        title="竹茶则雕刻体验课招生简章",
        record_title="【周六手作小班】竹茶则雕刻体验课招生简章（满6人开班）｜竹里手作学堂",
        date=None,
        notes="training school: promo banner, trial-lesson prompt, an adviser's WeChat, a 400 franchise line; the "
        "school's own 报名电话 kept; numbered course list; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周六手作小班】竹茶则雕刻体验课招生简章（满6人开班）｜竹里手作学堂</title>
<script src="/js/popup.js"></script>
</head><body>
<div class="promo">⟦a 老学员带新学员，双方各减100元 ›⟧</div>
<header>⟦m 竹里手作学堂⟧　⟦m 一刀一木，慢慢来⟧<nav>⟦m 首页　课程　师资　作品墙　到店路线⟧</nav></header>
<div class="crumb">⟦m 首页 › 课程 › 竹刻系列⟧</div>
<main><h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="trial">⟦a 不确定适不适合？先预约一节19.9元试听课⟧</div></main>
<aside><div class="adviser">⟦w 课程顾问小竹 微信：zhuli_xiaozhu⟧</div>
<div class="join">⟦w 城市合伙人招募热线：400-860-3378⟧</div></aside>
<footer>⟦m 竹里手作学堂（郹溪店） 地址：郹溪县竹乡路58号　湘ICP备23005512号⟧</footer>
</body></html>
""",
        body="""
竹里手作学堂竹茶则雕刻体验课开始招生啦！课程由郹溪县竹刻技艺传承人授课，零基础也能上手。
一、课程内容
1.认识竹材：楠竹、紫竹的特点和选料方法。
2.基本刀法：平刀、斜刀和挑刀的使用。
3.成品制作：每位学员完成一把刻有自己名字的竹茶则，课后可以带走。
二、上课时间：每周六下午2:00—5:00，共4次课。
三、费用：每人680元，含全部竹料、工具使用费和包装盒。
四、报名方式：到店报名或电话报名，报名电话：0738-7230512。
""",
    ),
    dict(
        slug="training-moyuan-seal-carving-class-pdf-brochure",
        site="鄎川墨缘书画培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.moyuanshuhua.cn/uploads/2025chun-zhuanke.html",
        title="2025年春季篆刻入门班招生简章",
        record_title="2025年春季篆刻入门班招生简章.pdf",
        date=None,
        notes="file-name record title; a brochure as text with a sign-up banner and a consult prompt glued after a "
        "sentence; the school's own address and phone kept; a year in the title is no date",
        page="""
!m 墨缘书画培训学校　　书法 · 国画 · 篆刻
!a 春季班火热报名中 ▶ 在线报名
{T}
{BODY}
!w 微信咨询：moyuan_laoshi　（添加请注明“篆刻”）
!d 本简章最终解释权归鄎川墨缘书画培训学校所有
""",
        indent="\u3000\u3000",
        body="""
篆刻是“方寸之间的艺术”。为普及篆刻知识，鄎川墨缘书画培训学校开设春季篆刻入门班，欢迎书法爱好者报名。
一、招生对象：12岁以上、有一定书法基础的学员，每班限12人。
二、课程安排：每周日上午9:00—11:30，共12次课，3月2日开课。⟦a 想先看看课堂？点此预约参观⟧
三、课程内容：篆书基础、印稿设计、刀法练习、钤印与拓边款。
四、学费：1880元，另收材料费220元，含印石6方、刻刀一套、印盒和印泥各一。
五、结业时每位学员完成一组作品，择优参加学校年度师生作品展。
报名地址：鄎川县城关镇文庙街12号　咨询电话：0739-5213368
""",
    ),
    dict(
        slug="app-wenshu-host-script-yinhe-contest-awards",
        site="文枢范文App (invented writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.wenshuapp.com/share/article?id=8830215&from=wx",
        title="鄎川县首届印盒漆艺大赛颁奖典礼主持词",
        record_title="鄎川县首届印盒漆艺大赛颁奖典礼主持词（颁奖典礼可直接套用）· 文枢范文",
        date=None,
        notes="writing-app H5 share: open-app bar and mask, a fold, an AI-rewrite button glued after a sentence; a host "
        "script without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>鄎川县首届印盒漆艺大赛颁奖典礼主持词（颁奖典礼可直接套用）· 文枢范文</title>
<script src="https://h5.wenshuapp.com/static/share.js"></script>
</head><body>
<div class="openbar">⟦m 文枢范文⟧　⟦a 打开App，海量范文随心改⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 文枢编辑部 · 主持词 · 1.9万人看过⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 40% ⌄⟧</div></div>
<div class="rec"><h4>⟦l 大家还在看⟧</h4><p>⟦l 非遗展演开幕式主持词⟧</p><p>⟦l 技能大赛闭幕式主持稿⟧</p></div>
<div class="mask">⟦a 在App内打开，体验更流畅　立即打开⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，各位选手：
大家下午好！一方印盒，盛的是朱红印泥，藏的是匠心传承。欢迎大家来到鄎川县首届印盒漆艺大赛颁奖典礼现场。
本次大赛自7月启动以来，共收到全县各地选送的参赛作品186件，经过初评、复评，最终评出一等奖3名、二等奖6名、三等奖10名。⟦a ✦ AI帮我改写这段⟧
首先，有请县文化馆馆长为大赛致辞。
感谢馆长的精彩致辞。下面进入颁奖环节，请获得一等奖的三位选手上台，有请县委宣传部领导为他们颁奖。
一方印盒，连着过去，也连着未来。让我们期待更多年轻人拿起漆刷，让这门老手艺焕发新的光彩。颁奖典礼到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-wenshu-report-trunk-workshop-director-oneline",
        site="文枢范文App (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.wenshuapp.com/share/article?id=8841176&from=copy",
        title="箱包厂装配车间主任2024年度述职报告",
        record_title="箱包厂装配车间主任2024年度述职报告（生产一线通用）｜文枢范文",
        date="2025-01-06",
        notes="writing-app share as text whose body is on one line; an open-app bar and a fold line; 成文日期 at the end",
        page="""
!a 文枢范文 · 打开App阅读全文
{T}
!m 文枢编辑部　述职报告　8,402 阅读
{BODY}
!a 展开全文 ⌄　　一键复制　　导出Word
!l 相关范文：生产车间班组长年终述职（三篇）
!d 范文仅供写作参考，请结合实际修改使用。
""",
        indent="  ",
        oneline=True,
        body="""
各位领导、同事们：
2024年，我担任公司衣箱装配车间主任，在公司领导下，带领车间86名员工完成各类衣箱装配48.6万只，同比增长12%。现将履职情况报告如下。
一、抓质量。针对上半年走轮投诉问题，车间增设走轮装配专检岗位，下半年客户投诉同比下降61%。
二、抓效率。推行拉杆总成预装，单只衣箱装配工时由14分钟缩短到11分钟。
三、抓安全。全年开展安全培训12次，车间实现零工伤。
不足之处是新员工培养周期偏长。2025年，我将推行“师带徒”制度，力争全年交付量突破55万只。
述职人：唐晓
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-honghu-shenlun-frame-essay-jammer",
        site="鸿鹄公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.honghugongkao.com/thread-552071-1-1.html",
        title="给基层治理配上一只好“镜框”",
        record_title="〔申论习作互评〕给基层治理配上一只好“镜框”（第12篇，欢迎拍砖）- 申论天地 - 鸿鹄公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad and jammer-font junk inside the post; an essay "
        "without a date; relative post time is no date",
        page="""
<html><head><meta charset="utf-8">
<title>〔申论习作互评〕给基层治理配上一只好“镜框”（第12篇，欢迎拍砖）- 申论天地 - 鸿鹄公考社区</title>
<script src="static/js/forum.js"></script>
</head><body>
<div id="hd">⟦m 鸿鹄公考社区⟧　⟦m 一起上岸，不负韶华⟧　⟦a 登录 注册⟧</div>
<div id="pt">⟦m 鸿鹄公考社区 › 申论天地 › 习作互评⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 备考第二年的阿鹿 发表于 4 天前⟧</div>
<div class="pcb">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 参与人数 3 积分 +6 理由：文章结构清晰⟧</div>
<div class="ad">⟦w 2025省考申论互改群：QQ 702815534，进群备注“鸿鹄”⟧</div>
<div id="ft">⟦m 鸿鹄公考社区 京ICP备21029977号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一只好的镜框，能让一张普通的照片显得庄重，也能让一幅名画不被埋没。基层治理也需要这样一只“镜框”：既框得住规矩，又衬得出民生。
框得住规矩，是底线。镜框的四条边要拼得严丝合缝，基层权力也要关进制度的笼子。村级小微权力清单、“四议两公开”，就是基层治理的边框，边框松了，再好的政策也会走样。
衬得出民生，是目的。镜框的价值在于衬托画面，而不是喧宾夺主。一些地方热衷于打造“盆景”，把镜框做得金碧辉煌，画面里的群众却看不清了。
擦得亮镜面，是常态。镜框里的玻璃要常擦，基层治理也要常“除尘”，及时回应群众诉求，主动接受监督。
让每一只“镜框”都框得正、衬得好、擦得亮，基层治理这幅画才能越来越清晰。
""",
    ),
]

"""holdout301, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Everything here is invented; each case was written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-dile-notice-canteen-pot-racks-pause",
        site="觌乐社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dileshequ.cn/gg/2024/1118/412.html",
        title="关于长者食堂更换锅架暂停供餐一天的通知",
        record_title="【长者食堂】关于长者食堂更换锅架暂停供餐一天的通知_觌乐社区网",
        date="2024-11-18",
        notes="residents' site: a weather line, a grid member's box with a mobile, a property repair line beside the community's own "
        "咨询电话 (kept); a numbered list; a sentence about scanning a booking code stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【长者食堂】关于长者食堂更换锅架暂停供餐一天的通知_觌乐社区网</title></head><body>
<div class="top">⟦m 觌乐社区网 · 邻里一家亲⟧ <span>⟦m 今日 晴 3~12℃ 空气 良⟧</span></div>
<div class="nav">⟦m 社区首页　通知公告　办事指南　邻里活动　党建园地⟧</div>
<div class="notice-page">
<h2>⟦t 【长者食堂】关于长者食堂更换锅架暂停供餐一天的通知⟧</h2>
<p class="meta">⟦m 发布：觌乐社区居委会　2024-11-18　围观 388⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　钱巧云　手机 139 0745 8862⟧</p></div>
<div class="repair">⟦m 物业24小时报修：0745-2237999⟧</div>
<div class="foot">⟦m 觌乐社区居民委员会 主办　技术维护：曩河区融媒体中心⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为消除后厨安全隐患，社区长者食堂将于11月21日（星期四）更换灶台锅架和排烟罩滤网，当天暂停供餐一天，11月22日起恢复正常。
暂停供餐期间，已预订午餐的老人可选择以下方式之一：
1.到颃阳大道邻里中心长者餐厅就餐，凭就餐卡享受同等补贴；
2.由社区志愿者将盒饭送餐上门，请于11月20日下午5点前扫描食堂门口的预约码登记。
给大家带来的不便，敬请谅解。
咨询电话：觌乐社区居委会　0745-2237416
觌乐社区居民委员会
2024年11月18日
""",
    ),
    dict(
        slug="community-miaoyuan-pledge-old-rice-bags-for-plants",
        site="鹋苑社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://miaoyuan.sqfw.cn/news/20240402-77.html",
        title="关于“旧米袋换新绿”回收再利用的倡议书",
        record_title="关于“旧米袋换新绿”回收再利用的倡议书 - 鹋苑社区服务网 - 文明实践",
        date="2024-04-02",
        notes="residents' page: the pledge asks readers to forward and share it (content); a photo caption between paragraphs; "
        "a like row and a sign-up button below",
        page="""
!m 鹋苑社区服务网
!m 首页 > 文明实践 > 倡议
{T}
!m 来源：鹋苑社区　时间：2024-04-02　人气：521
{BODY}
!a 点赞(64)　我要报名做志愿者
!l 上一条：鹋苑社区清明文明祭扫倡议
!m 鹋苑社区党群服务中心　值班电话：0745-2236002
""",
        indent="\u3000\u3000",
        body="""
鹋苑社区的居民朋友们：
家家户户吃米，米袋用完往往随手一扔。一条编织米袋自然降解需要几十年，焚烧还会产生有害气体。为了让旧米袋“再上岗”，社区决定开展“旧米袋换新绿”活动，特向大家发出倡议：
一、把家里的旧米袋抖净、洗干、叠好，不随意丢弃、焚烧。
二、每月第一个周六上午，把旧米袋送到社区广场回收点，每5条可换一盆绿植。
⟦m 【图】上月回收点前排队换绿植的居民⟧
三、完好的米袋可以自己再利用，装杂物、做收纳都合适。
四、请把这份倡议转发到楼栋群，分享给身边的邻居。
让我们从一条米袋做起，共建绿色家园！
鹋苑社区居民委员会
2024年4月2日
""",
    ),
    dict(
        slug="association-gouzhou-packaging-minutes-candy-box-standard",
        site="觏州市食品包装行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.gzspbzxh.org.cn/xhdt/2024/0820/64.html",
        title="觏州市食品包装行业协会三届五次理事会会议纪要",
        record_title="〖会务速递〗觏州市食品包装行业协会三届五次理事会会议纪要-协会要闻",
        date="2024-08-16",
        date_also=["2024-08-20"],
        notes="association site: a member-login row, a join button; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; "
        "the meeting date differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖会务速递〗觏州市食品包装行业协会三届五次理事会会议纪要-协会要闻</title></head><body>
<div class="bar">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦a 证书核验⟧</div>
<div class="brand">⟦m 觏州市食品包装行业协会⟧ ⟦m 绿色包装 诚信立业⟧</div>
<div class="nav">⟦m 协会概况　协会要闻　团体标准　会员风采　政策法规⟧</div>
<div class="article">
<h1>⟦t 〖会务速递〗觏州市食品包装行业协会三届五次理事会会议纪要⟧</h1>
<div class="meta">⟦m 秘书处　2024-08-20　浏览 301⟧</div>
<div class="detail">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 团体标准动态⟧</h4><ul><li>⟦l 《月饼包装适度化指引》发布实施⟧</li><li>⟦l 标准起草单位征集启事⟧</li></ul></div>
<div class="foot">⟦m 协会秘书处电话：0745-2240318　地址：觏州市工业大道22号⟧<br>⟦d 本站内容归协会所有，未经许可不得转贴⟧</div>
</body></html>
""",
        body="""
时间：2024年8月16日上午9:00
地点：协会会议室
主持：会长　贝承志
出席：理事单位代表19人
列席：监事会成员2人
记录：秘书处　柯小满
会议审议了《糖果礼盒适度包装团体标准（征求意见稿）》，与会理事一致认为，当前部分糖盒层层套装、空隙过大，既增加企业成本，又招致消费者反感，制定团体标准十分必要。
会议决定：一、糖盒包装层数原则上不超过三层，包装空隙率不超过45%；二、标准征求意见期延长至9月15日；三、由秘书处组织5家会员企业开展样盒试制。
会议以举手方式表决，同意17票，反对0票，弃权2票，通过上述事项。
""",
    ),
    dict(
        slug="association-kuicheng-hardware-convention-hook-load-labels",
        site="蒉城市五金制品行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.kcwjxh.cn/zlgy/2024/0612/31.html",
        title="蒉城市粘钩衣钩产品承重标识自律公约",
        record_title="蒉城五金协会｜蒉城市粘钩衣钩产品承重标识自律公约（第三次会员大会表决稿）",
        date="2024-06-12",
        notes="a convention with 第N条 articles and an effective-date article; the association's name on the page top is also its signature (head)",
        page="""
!m 蒉城市五金制品行业协会
!m 协会首页 › 行业自律 › 公约
!t 蒉城市粘钩衣钩产品承重标识自律公约（第三次会员大会表决稿）
!m 发布者：协会秘书处　阅读：248
{BODY}
!a 【下载公约全文】【会员签署入口】
!m 会员服务热线：0738-8102277
""",
        body="""
第一条　为规范粘钩、衣钩产品承重标识，维护消费者权益和行业信誉，经协会会员大会讨论通过，制定本公约。
第二条　会员企业生产的粘钩、衣钩，应在包装显著位置标注额定承重、适用墙面和使用温度范围。
第三条　标注的额定承重应以企业实测数据为依据，不得虚标、夸大。粘钩产品不得使用“永不脱落”“超强承重”等绝对化用语。
第四条　会员企业应每年至少送检一次承重性能，检测报告报协会秘书处备案。
第五条　违反本公约的，由协会给予内部通报；情节严重的，取消会员资格。
第六条　本公约自2024年7月1日起施行。
蒉城市五金制品行业协会
2024年6月12日
""",
    ),
    dict(
        slug="company-hangrui-news-adjustable-pot-rack",
        site="颃锐厨房设备 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hangrui-kitchen.com/news/2024/0923/58.html",
        title="颃锐厨具推出可调节商用不锈钢锅架",
        record_title="颃锐新品 ◆ 颃锐厨具推出可调节商用不锈钢锅架｜颃锐厨房设备",
        date="2024-09-23",
        notes="company site: a cookie notice, a service float and an order line; the title repeated and glued before the lead; "
        "a dotted company date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>颃锐新品 ◆ 颃锐厨具推出可调节商用不锈钢锅架｜颃锐厨房设备</title></head><body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="header">⟦m 颃锐厨房设备⟧ ⟦m 商用厨房整体解决方案⟧ ⟦m 订购热线 400-770-2158⟧</div>
<div class="nav">⟦m 首页 | 产品中心 | 工程案例 | 新闻资讯 | 联系我们⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2024.09.23　所属：公司新闻⟧</p>
<div class="news-txt">
{BODY}
</div>
<div class="prev-next">⟦l 上一篇：颃锐厨具亮相华中餐饮装备展⟧ ⟦l 下一篇：食堂灶台改造常见的五个误区⟧</div>
</div>
<div class="kefu-float">⟦w 在线客服 · 免费获取食堂设计方案⟧</div>
<div class="footer">⟦m 觏州颃锐厨房设备有限公司　湘ICP备19033120号⟧</div>
</body></html>
""",
        body="""
⟦t 颃锐厨具推出可调节商用不锈钢锅架⟧近日，觏州颃锐厨房设备有限公司推出一款可调节商用不锈钢锅架，主要面向学校、医院和机关食堂。
这款锅架采用304不锈钢整体焊接，锅圈内径可在36厘米至60厘米之间调节，一个锅架可以适配多种规格的大锅。底座设有四个可调支脚，能适应不平整的灶台面。
公司技术部经理郝敬之介绍，不少食堂的老式锅架是“一锅一架”，换锅就得换架，而且焊点容易锈蚀开裂。新锅架的锅圈用卡扣连接，不用工具就能调节，拆下来也方便清洗。
目前，该产品已通过第三方检测机构的承重和耐热测试，首批500套已供应本地12所学校食堂。
""",
    ),
    dict(
        slug="company-qiaoyan-recall-beaded-hair-ties-batches",
        site="巧妍饰品 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.qiaoyan-shipin.com/gsgg/20240603.html",
        title="关于召回部分批次儿童串珠弹力头绳的公告",
        record_title="关于召回部分批次儿童串珠弹力头绳的公告 | 巧妍饰品 · 公司公告",
        date="2024-06-03",
        notes="recall with a batches table (dates inside the table are production dates); the recall line beside the company's 400 order line; "
        "the 成文日期 under the signature",
        page="""
!m 巧妍饰品 · 让每个小姑娘都美美的
!m 首页 | 产品 | 公司公告 | 门店查询
!m 订购热线：400-770-3318
{T}
{BODY}
!l 相关公告：巧妍饰品产品质量承诺书
!d ©2024 璺山县巧妍饰品有限公司　网站内容未经授权不得转用
""",
        body="""
尊敬的消费者：
我公司在内部质量抽检中发现，部分批次儿童串珠弹力头绳的装饰珠与绳体连接不牢，受力后可能脱落，存在儿童误吞的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品名称　批号　生产日期
彩虹串珠头绳（5条装）　QY240312　2024年3月12日
草莓串珠头绳（3条装）　QY240328　2024年3月28日
小熊串珠头绳（5条装）　QY240409　2024年4月9日
请已购买上述产品的消费者立即停止给儿童使用，凭购物凭证或产品实物到原购买门店办理全额退款，也可拨打召回专线，由我公司安排上门取回。
召回专线：0736-5469911（每天8:30—20:00）
璺山县巧妍饰品有限公司
2024年6月3日
""",
    ),
    dict(
        slug="training-qiaobian-brochure-kids-braiding-weekend",
        site="巧辫编发学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaobian-xuetang.com/kc/ertongbianfa.html",
        title="儿童编发周末班招生简章",
        record_title="【亲子编发】儿童编发周末班招生简章（每班限8组家庭）｜巧辫编发学堂",
        date=None,
        notes="training school page: a promo banner, a franchise 400 line beside the school's own 报名电话 (kept), a consult float; a brochure has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【亲子编发】儿童编发周末班招生简章（每班限8组家庭）｜巧辫编发学堂</title></head><body>
<div class="promo">⟦a 老学员带新学员，两人同报各减80元 ›⟧</div>
<div class="hd">⟦m 巧辫编发学堂⟧ ⟦m 加盟热线：400-118-6699⟧</div>
<div class="nav">⟦m 首页　课程　师资　学员作品　加盟合作⟧</div>
<div class="course">
<h1>⟦t 【亲子编发】儿童编发周末班招生简章（每班限8组家庭）⟧</h1>
<div class="course-body">
{BODY}
</div>
<div class="btns"><button>⟦a 立即预约试听⟧</button> <button>⟦a 转发给好友⟧</button></div>
</div>
<div class="float-consult">⟦w 编发老师在线，点我咨询课程⟧</div>
<div class="ft">⟦m 巧辫编发学堂　觏州市曩河区　湘ICP备22041190号⟧</div>
</body></html>
""",
        body="""
想给孩子扎出又好看又不勒头皮的辫子吗？巧辫编发学堂儿童编发周末班开始招生啦！
一、适合人群：3至10岁女孩的家长，零基础也能学。
二、课程内容：三股辫、四股辫、鱼骨辫等8种日常编发；不同发量孩子的头绳选择与搭配；如何扎发不伤发际线。
三、上课时间：每周六上午9:30—11:30，共4次课。
四、学费：每组家庭480元，含练习用假发头模1个、布艺头绳20条。
五、上课地点：觏州市曩河区颃阳大道88号文创园2楼。
报名电话：0745-2296638（赵老师）
""",
    ),
    dict(
        slug="training-dingxiang-diary-setting-pot-racks-oneline",
        site="鼎香烹饪职业培训学校 (invented)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="http://www.dingxiang-pr.com/xueyuan/shouji/139.html",
        title="学厨第三周：从摆稳锅架开始",
        record_title="学厨日志 · 学厨第三周：从摆稳锅架开始｜鼎香烹饪",
        date=None,
        notes="a trainee's diary with the whole body on one line; a course ad, a sign-up line and a campus line around it; no date",
        page="""
!m 鼎香烹饪职业培训学校
!m 学员手记 > 中式烹调班
!t 学厨日志 · 学厨第三周：从摆稳锅架开始
!m 作者：中烹24期学员 小武　|　阅读 402
{BODY}
!a 中式烹调全能班11月开班，学费可分期，戳这里报名
!m 校区地址：暝溪县职教园8栋　招生办：0745-8139900
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
来鼎香学厨已经第三周了。这周王师傅没让我们碰炒勺，整整五天都在练一件事：摆锅架、上大锅。
第一天我还有点不服气，觉得这有什么难的。结果一口装了半锅水的大铁锅端上去，锅架没对准灶眼，锅一歪，水泼了一地。王师傅说，锅架不稳，火候再好也白搭。
他教我们先看锅架的三个爪是不是平，再把锅架卡进灶圈的槽里，用手压一压，不晃了才上锅。端锅时两手握紧锅耳，先让锅底落在锅架后沿，再往前放平。
到周五，我已经能闭着眼睛把锅架摆正了。王师傅说，下周开始练颠勺。
""",
    ),
    dict(
        slug="writingapp-bikuai-report-candy-box-workshop-head",
        site="笔快写作APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bikuaixiezuo.com/share/fw/7731026",
        title="包装车间主任2024年度述职报告",
        record_title="包装车间主任2024年度述职报告（包装行业适用）- 笔快写作APP",
        date="2025-01-08",
        notes="writing-app share page: an open-app mask, a fold, an AI-rewrite button glued after a 。; the 述职 date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>包装车间主任2024年度述职报告（包装行业适用）- 笔快写作APP</title></head><body>
<div class="open-app-mask">⟦a 打开笔快写作APP，一键生成你的专属述职⟧ <button>⟦a 立即打开⟧</button></div>
<div class="share-head">⟦m 笔快写作⟧ ⟦m 写材料，快人一步⟧</div>
<article>
<h1>{T}</h1>
<p class="info">⟦m 范文库 · 述职报告　已被使用 3,921 次⟧</p>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余内容需在APP内查看⟧</div>
</article>
<div class="more"><h4>⟦l 同类范文⟧</h4><p>⟦l 生产车间主任年终述职（精简版）⟧</p><p>⟦l 品质主管个人述职报告⟧</p></div>
<div class="bottom">⟦a 下载APP　每日免费改写3次⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任公司糖盒包装车间主任，在公司领导的支持下，带领车间32名员工完成了全年生产任务。现将履职情况报告如下。
一、完成生产任务。全年生产各类糖盒286万只，同比增长12%，产品一次交检合格率达到99.2%。
二、抓好安全生产。针对马口铁糖盒冲压工序易划手的问题，为员工配发防割手套，全年未发生工伤事故。
三、推进节能降耗。把糖盒内衬由泡沫改为纸托，每只糖盒包装成本下降0.06元。⟦a ✨AI帮你改写这一段⟧
四、存在的不足。新员工培训不够系统，旺季加班较多。
2025年，我将重点抓好员工技能培训和生产排程，努力做到不加班也能按时交货。
述职人：包装车间　秦晓岚
2025年1月8日
""",
    ),
    dict(
        slug="writingapp-cailiaotong-summary-guest-room-hooks",
        site="材料通APP (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaotong.cn/a/zj/220914",
        title="客房部2024年上半年衣钩整改工作总结",
        notes="writing-app text share: the record's title is the title as is; a template-count line, a copy lock and an app banner around it; "
        "the date under the department's signature",
        date="2024-07-05",
        page="""
!m 材料通 · 体制内外都好用的写作工具
!m 范文 > 工作总结 > 部门总结
{T}
!m 字数 486　|　收藏 73
!a 复制本篇需开通材料通畅写卡
{BODY}
!a 在材料通APP里打开，可一键替换单位名称
!l 你可能还需要：酒店工程部季度工作总结
""",
        body="""
今年3月，酒店在宾客满意度回访中收到11条关于客房衣钩的意见，主要是衣钩松动、位置过高和数量不够。客房部随即会同工程部开展衣钩专项整改，现将工作情况总结如下。
一、全面排查。客房部对全部186间客房逐间检查，共发现衣钩松动57处、缺失9处，门后衣钩安装过高的房间42间。
二、分类整改。松动的重新加固，缺失的补装，过高的下移至1.6米；在无障碍客房加装低位衣钩。
三、建立制度。将衣钩检查纳入服务员每日查房清单，工程部每季度紧固一次。
整改完成后，二季度关于衣钩的宾客意见降为零。下半年，客房部将继续做好设施日常维护，提升宾客入住体验。
客房部
2024年7月5日
""",
    ),
]

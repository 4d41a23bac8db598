"""holdout289, part B: WeChat mirrors, document-sharing pages, education portals, intranets and Q&A sites.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="wechat-weiwencang-pledge-dog-kennels-h1",
        site="微文藏 (invented WeChat mirror) / 鸠桥社区发布",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.weiwencang.example.com/a/jqsqfb/20250302_0815.html",
        title="给狗狗一个窝 给邻里一份安宁——鸠桥社区文明养犬倡议书",
        record_title=None,
        date="2025-03-01",
        date_also=["2025-03-02"],
        notes="no record title: the mirror's <h1>; a follow prompt glued before the salutation; 分享 as content in the last paragraph; the account's date differs from the 倡议书's own date; 阅读原文/在看 rows and the mirror's archive notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微文藏 - 鸠桥社区发布</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head><body>
<div class="wwc-top">⟦m 微文藏 · 公众号好文存档⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 鸠桥社区发布⟧ ⟦m 2025-03-02 08:30⟧ ⟦m 湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧ ⟦l 在看 12 ｜ 赞 30 ｜ 分享⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注鸠桥社区发布⟧</div>
</div>
<div class="more"><h4>⟦l 鸠桥社区发布的其他文章⟧</h4><ul><li>⟦l 社区春季义诊本周六举行⟧</li><li>⟦l 垃圾分类积分兑换点调整公告⟧</li></ul></div>
<footer>⟦d 微文藏只做存档，文章版权归原公众号所有，如需删除请来信⟧ ⟦m wwc@weiwencang.example.com⟧</footer>
<script>var wwcArticle={biz:"jqsqfb",idx:1};</script>
</body></html>
""",
        body="""
⟦a 点击上方“鸠桥社区发布”关注我们⟧亲爱的居民朋友们：
近年来，社区养犬家庭越来越多。狗狗给大家带来了陪伴和快乐，但楼道里堆放狗窝、遛狗不拴绳、犬只粪便不清理等问题，也影响了邻里关系。为此，我们向全体养犬居民发出如下倡议：
一、请把狗窝安放在自家室内或阳台，不占用楼道、消防通道和绿化带。
二、出门遛狗请牵好犬绳，主动避让老人和儿童，随手清理犬只粪便。
三、按时为犬只接种狂犬病疫苗，到社区办理登记。
四、夜间看管好犬只，减少吠叫扰邻。
文明养犬，从给狗狗一个安稳的窝开始。欢迎大家把这份倡议分享给身边的养犬邻居。
鸠桥社区居民委员会
2025年3月1日
""",
    ),
    dict(
        slug="wechat-chongyishuo-cat-tree-tips-numbered",
        site="微文藏 (invented WeChat mirror) / 宠医说",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.weiwencang.example.com/a/chongyishuo/8f21c0.html",
        title="买猫爬架前，先看这五个细节",
        record_title="买猫爬架前，先看这五个细节 » 宠医说 » 微文藏",
        date=None,
        notes="a WeChat mirror as text: a numbered list; a booking-QR line on a line of its own inside the body and a 在看 prompt glued after the last sentence; the account line gives only 3天前 (no date)",
        page="""
!m 微文藏 · 公众号好文存档
{T}
!m 原创　宠医说　3天前
!a 👆点蓝字“宠医说”，养宠知识不迷路
{BODY}
!m 文字：鹃山爱宠动物医院　何苗医生
!a 阅读原文
!l ♡ 赞 56　在看 19
!l 宠医说 的更多文章
!d 微文藏只做存档备份，如需删除请联系 wwc@weiwencang.example.com
""",
        body="""
很多猫主人问，猫爬架那么多款，到底怎么挑？我们在门诊遇到过不少从猫爬架上摔下来的病例，今天就说说挑选时要看的五个细节。
1. 底盘要稳。底盘边长最好不小于最高平台高度的三分之一，整体够沉，猫跳上去不晃。
2. 柱子要粗。剑麻柱直径八厘米以上，猫抓挠时更省力，也不容易松脱。
3. 平台要有边。顶层平台最好有围边，老年猫和幼猫趴着更安全。
4. 材料要闻一闻。刺鼻气味明显的板材可能甲醛超标，买回家先放在通风处几天。
5. 高度别贪高。家里有老年猫或关节不好的猫，选一米二以下的款式。
⟦a 长按下方二维码，预约猫咪体检⟧
如果猫从高处摔落后出现跛行、呼吸急促，请及时就医。⟦a 点个在看，让更多铲屎官看到⟧
""",
    ),
    dict(
        slug="share-yunxiang-rules-noodle-racks-marker-paragraphs",
        site="匀享文档 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yunxiangdoc.example.com/d/3318207.html",
        title="手工挂面晾晒架清洗消毒操作规程",
        record_title="手工挂面晾晒架清洗消毒操作规程（可改可打印）- 匀享文档",
        date=None,
        notes="a sharing reader: 第N条 articles, one of which speaks of 打印 as content; page markers ╒n╕ as paragraphs of their own cut sentences; rating row, points lock, upload notice and service WeChat; a rule with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>手工挂面晾晒架清洗消毒操作规程（可改可打印）- 匀享文档</title>
<script src="/static/js/reader.js"></script></head><body>
<div class="header">⟦m 匀享文档 · 好文档大家分享⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 登录⟧</a></div>
<div class="path">⟦m 匀享文档 ＞ 管理制度 ＞ 食品生产⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 分享者：鹘口面匠合作社　大小：26KB　格式：DOCX　浏览 1804⟧</div>
<div class="score">⟦l ★★★★☆ 4.6分（31人评）⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 下载全文需10积分，积分不够？签到领取⟧</div>
<div class="notice">⟦d 本文档由用户自行上传分享，匀享文档不审核内容，如有侵权请点举报⟧</div>
<div class="kefu">⟦w 找不到想要的文档？加客服微信 yxwd_kf01⟧</div>
<div class="rel">⟦l 相关文档：食品小作坊卫生管理制度 ｜ 面条加工车间清洁规程⟧</div>
<footer>⟦m © 匀享文档 yunxiangdoc.example.com　闽ICP备22003175号⟧</footer>
</body></html>
""",
        pages=dict(fmt="╒{n}╕", every=100, start=2),
        body="""
第一条　为防止挂面在晾晒过程中受到污染，规范晾晒架的清洗消毒，制定本规程。
第二条　本规程适用于本合作社所有社员作坊使用的不锈钢挂面架、晾面杆和晾面棚。
第三条　挂面架每日收面后应立即清除残留面屑，用清水冲洗，不得用钢丝球刮擦架杆表面。
第四条　每周用食品级消毒液对挂面架擦拭消毒一次，消毒后用清水冲净并晾干，消毒情况记入台账。
第五条　晾面杆应专杆专用，不得用于晾晒衣物或堆放杂物；发现锈蚀、变形的应及时更换。
第六条　台账由各作坊负责人每月打印一份交合作社存档，保存期限不少于两年。
第七条　本规程自发布之日起施行，由合作社质量安全小组负责解释。
""",
    ),
    dict(
        slug="share-shuxia-contract-shoe-cloths-template-doc",
        site="书匣 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.shuxiadoc.example.com/doc/contract/209931.html",
        title="擦鞋布采购合同（范本）",
        record_title="擦鞋布采购合同（范本）.doc",
        date=None,
        notes="the record's title is a file name; a contract template with ×× placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 blanks (no date); an update time 5 天前; an upload disclaimer, a download button and a legal-service WeChat",
        page="""
!m 书匣 · 文档共享平台
!m 书匣 / 合同范本 / 采购合同
!m 格式：doc　页数：2　上传者：tang_1988　更新于 5 天前
{T}
{BODY}
!d 本文档由网友分享，书匣不对内容的准确性负责，使用前请咨询专业人士
!a 下载本文档（doc格式，8积分）
!w 定制合同？法务客服微信 shuxia_fw
!l 你可能还需要：酒店布草洗涤服务合同｜客房用品采购框架协议
""",
        body="""
甲方（采购方）：××酒店管理有限公司
乙方（供货方）：××纺织用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就擦鞋布采购事宜订立本合同。
第一条　产品名称为一次性无纺布擦鞋布，规格为20厘米×25厘米，单价××元，数量××片，合同总价××元。
第二条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第三条　甲方收货后七日内验收，发现掉色、起毛、尺寸不符的，乙方应无条件退换。
第四条　甲方验收合格后三十日内付清货款。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-wuzhou-notice-letter-holders-attachment-link",
        site="鹜洲教育网 (invented, city education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.wuzhou.example.gov.cn/tzgg/2025/0226/4410.html",
        title="鹜洲市教育局关于规范中小学班级“家校信插”使用管理的通知",
        record_title="〔市局文件〕鹜洲市教育局关于规范中小学班级“家校信插”使用管理的通知_鹜洲教育网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="an education portal with 适老/读屏 links; the document's own 联系人/电话/邮箱 next to the site's technical line; a 附件 list next to an attachment download link; 下载 as content; the 成文日期 differs from the 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔市局文件〕鹜洲市教育局关于规范中小学班级“家校信插”使用管理的通知_鹜洲教育网</title>
<script src="/js/wza.js"></script></head><body>
<div class="topline">⟦a 老年护眼模式⟧ ⟦a 语音读屏⟧ ⟦m 鹜洲市教育局主办⟧</div>
<div class="banner">⟦m 鹜洲教育网⟧</div>
<ul class="menu">⟦m <li>首页</li><li>教育要闻</li><li>通知公告</li><li>招生考试</li><li>办事指南</li>⟧</ul>
<div class="here">⟦m 位置：首页 » 通知公告⟧</div>
<h2 class="tit">{T}</h2>
<div class="sub">⟦m 发布时间：2025-02-26 16:05　发布科室：基础教育科　浏览：2291⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：中小学家校信插设置情况登记表.xlsx（18KB）⟧</div>
<div class="btns">⟦a 【打印本文】【关闭本页】⟧</div>
<div class="near">⟦l 上一篇：关于做好2025年春季开学工作的通知⟧<br>⟦l 下一篇：关于开展中小学“书香校园”评选的通知⟧</div>
<footer>⟦m 鹜洲市教育局　地址：鹜洲市鹃山区学府路18号⟧<br>⟦m 技术支持：鹜洲市教育信息中心 0713-8829000⟧<br>⟦m 鄂ICP备12004471号-1⟧</footer>
</body></html>
""",
        body="""
各区县教育局，市直各学校：
为方便家长与教师之间纸质材料的传递，我市部分学校在教室门口设置了“家校信插”。为保护学生个人信息、防止材料遗失，现就规范使用提出以下要求。
一、信插只用于传递通知回执、作业反馈等材料，不得放置学生成绩单、体检报告等含个人隐私的材料。
二、班主任每天放学前清理信插一次，无人领取的材料统一交年级组保管。
三、请各学校下载附件中的登记表，于3月10日前将信插设置情况报市教育局基础教育科。
联系人：贺晓岚，电话：0713-8829315，邮箱：jcjyk@wzedu.example.cn。
附件：中小学家校信插设置情况登记表
鹜洲市教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-juanshan-plan-cat-trees-decimal-headings",
        site="鹃山区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jsqjy.example.cn/xydt/dyld/2025/0306/1187.html",
        title="鹃园小学“为流浪猫做一座猫爬架”劳动实践活动方案",
        record_title="【劳动课堂】鹃园小学“为流浪猫做一座猫爬架”劳动实践活动方案 - 鹃山区教育信息网",
        date="2025-03-05",
        notes="a school plan with decimal headings 1 / 1.1 … 3.2 (each a paragraph); the 成文日期 under the signature; a page with no date line of its own",
        page="""
!m 鹃山区教育信息网
!m 首页 > 校园动态 > 德育与劳动
!t 【劳动课堂】鹃园小学“为流浪猫做一座猫爬架”劳动实践活动方案
!m 发布单位：鹃园小学　点击：233
{BODY}
!a 【打印】【收藏】【关闭】
!l 上一条：鹃园小学开展植树节主题活动
!m 鹃山区教育局主办　技术支持：鹃山区电教馆
""",
        body="""
1 活动目标
1.1 让学生学会测量、锯切、缠绳等简单木工技能。
1.2 在照顾社区流浪猫的过程中培养责任心和爱心。
2 活动安排
2.1 3月第二周，科学老师讲解猫爬架的结构和稳固原理。
2.2 3月第三周至第四周，四、五年级每班分组制作一座猫爬架，材料由学校统一采购。
2.3 4月上旬，将完成的猫爬架送到鹃园社区流浪猫驿站，学生代表参加交接。
3 安全要求
3.1 使用手锯、电钻时必须有老师在场，学生佩戴护目镜和手套。
3.2 缠绕剑麻绳时注意防止勒伤手指。
鹃园小学
2025年3月5日
""",
    ),
    dict(
        slug="oa-quewan-hotel-minutes-shoe-cloths-flow-record",
        site="雀湾酒店集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.quewan-hotels.example.com/doc/view?id=20250515-0031",
        title="关于客房擦鞋布统一更换的专题会议纪要",
        record_title="【已存档】关于客房擦鞋布统一更换的专题会议纪要｜雀湾酒店集团OA",
        date="2025-05-14",
        notes="an OA document view with its 流转记录, read count and buttons; minutes whose 时间/地点/主持/参会/记录 lines stay in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【已存档】关于客房擦鞋布统一更换的专题会议纪要｜雀湾酒店集团OA</title>
<script src="/oa/js/app.bundle.js"></script></head><body>
<div class="oa-top">⟦m 雀湾酒店集团协同办公平台⟧ ⟦m 当前用户：苏晴（客房部）⟧ <a>⟦a 退出⟧</a></div>
<ul class="oa-tabs">⟦m <li>待办(3)</li><li>已办</li><li>公文</li><li>通讯录</li>⟧</ul>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发文部门：行政部　文档编号：XZ-2025-047　阅读次数：58⟧</p>
<p>⟦a 我已阅知⟧ ⟦a 转发同事⟧ ⟦a 打印公文⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<table><tr><td>⟦l 05-15 09:12　行政部 宋雨　起草⟧</td></tr>
<tr><td>⟦l 05-15 10:40　房务总监 骆清　审核通过⟧</td></tr>
<tr><td>⟦l 05-15 11:02　各门店客房部　已分发⟧</td></tr></table></div>
<footer>⟦d 内部资料，未经许可不得截图外传⟧ ⟦m IT服务台分机 8008⟧</footer>
</body></html>
""",
        body="""
时间：2025年5月14日14:30
地点：集团总部三楼第二会议室
主持：房务总监　骆清
参会：各门店客房部经理，采购部、财务部负责人
记录：行政部　宋雨
会议听取了采购部关于客房擦鞋布供应情况的汇报，针对近期客人反映擦鞋布掉色、尺寸偏小的问题进行了讨论，形成如下意见：
一、自6月1日起，各门店统一使用新款深灰色超细纤维擦鞋布，由采购部集中招标。
二、擦鞋布实行一客一换，退房后随布草一同送洗，不得重复摆放。
三、各门店客房部经理负责监督落实，行政部6月下旬组织抽查。
""",
    ),
    dict(
        slug="oa-quewan-noodle-bulletin-rack-collapse-oneline",
        site="雀湾面业协同办公 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.qwmianye.example.com/gw/sw/2024/0823-12.html",
        title="关于晾面车间挂面架倒塌事故的通报",
        record_title="[内部] 关于晾面车间挂面架倒塌事故的通报 - 雀湾面业OA",
        date="2024-08-23",
        notes="an intranet export with the whole body on one line (paragraphs apart only by their indent); the 成文日期 under the signature; a read count and an internal-use notice",
        page="""
!m 雀湾面业 · 协同办公
!m 公文管理 > 收文 > 通报
!t [内部] 关于晾面车间挂面架倒塌事故的通报
!m 发文部门：厂办　密级：内部　已读 73 人
{BODY}
!a 导出 ｜ 打印 ｜ 返回列表
!d 本文件仅限公司内部传阅，严禁外传
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各车间、各部门：
8月20日上午，晾面二车间一组挂面架因底座螺栓松动发生倒塌，约四百斤湿面落地报废，一名员工手臂擦伤，已送医处理。
经调查，该组挂面架已使用六年，设备部上月巡检时已发现底座松动，但未及时维修。事故暴露出设备巡检流于形式、隐患整改不闭环等问题。
经厂务会研究，对设备部负责人给予通报批评，扣发当月绩效；各车间须在8月底前对全部挂面架逐一检查紧固，并建立维修台账。
雀湾面业有限公司
2024年8月23日
""",
    ),
    dict(
        slug="qa-wenzhi-kennel-balcony-question-title",
        site="问知社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiask.example.com/question/58210377/answer/99120",
        title="狗窝放在阳台好还是放在客厅好？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; an answer posted 2 天前 (no date); vote bar, share row, more answers and related questions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>狗窝放在阳台好还是放在客厅好？ - 问知</title></head><body>
<header>⟦m 问知 · 有问必有知⟧ <nav>⟦m 首页 话题广场 待回答⟧</nav> <a>⟦a 提问⟧</a></header>
<div class="q"><div class="topics">⟦l 养狗 ｜ 宠物用品 ｜ 家居⟧</div>
<h1>{T}</h1>
<div class="qmeta">⟦m 关注者 86 · 被浏览 1.2万⟧ ⟦a 写回答⟧ ⟦a 邀请回答⟧</div></div>
<div class="answer"><div class="author">⟦m 老巴的铲屎官⟧ ⟦m 宠物行为训练师⟧</div>
<div class="rich-text">
{BODY}
</div>
<div class="time">⟦m 回答于 2 天前⟧</div>
<div class="actions">⟦l 赞同 342 · 评论 27⟧ ⟦a 分享 · 收藏 · 喜欢⟧</div></div>
<div class="more">⟦l 查看全部 19 个回答⟧</div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 狗窝多久换一次垫子？⟧</li><li>⟦l 幼犬晚上叫要不要理它？⟧</li></ul></aside>
<footer>⟦m 问知 wenzhiask.example.com　京ICP证230441号⟧</footer>
<script src="https://static.wenzhiask.example.com/js/vote.min.js"></script>
</body></html>
""",
        body="""
谢邀。养了八年狗，说说我的经验。
如果阳台是封闭的，冬天朝南、夏天有遮阳，放阳台没问题，狗窝离地垫高，远离洗衣机和杂物。开放式阳台不建议，夏天暴晒，冬天灌风，下雨还会溅湿狗窝。
放客厅的好处是狗离人近，有安全感，尤其是刚到家的幼犬。缺点是掉毛和气味，需要勤换垫子、勤开窗。
我的做法是白天狗窝放客厅角落，晚上挪到卧室门口。另外不管放哪里，都别放在空调出风口正下方。
""",
    ),
    dict(
        slug="qa-linda-letter-holder-mailroom-best-answer",
        site="邻答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ljd.example.com/q/771203.html",
        title="单位收发室的信插怎么分格比较合理？",
        record_title="单位收发室的信插怎么分格比较合理？ - 邻答",
        date=None,
        notes="a Q&A's best answer; the question with a site suffix in the record and on the page; the answer time is 5天前 (no date); useful/useless votes, another answer's excerpt, a follow/answer row",
        page="""
!m 邻答 — 身边人的经验问答
!m 邻答 › 职场 › 行政后勤
!t 单位收发室的信插怎么分格比较合理？ - 邻答
!m 3 个回答 · 612 次浏览
!m 最佳回答　|　收发室老秦　回答于 5天前
{BODY}
!l 有用(48)　没用(1)　评论(6)
!l 其他回答：按楼层分格也行，看单位多不多……
!a 我也要回答　　　关注问题
!l 相关问题：快递柜和信报箱能合并吗？
!m © 邻答 ljd.example.com　京ICP备24008817号
""",
        body="""
我在区里一个机关的收发室干了十几年，说几点实际做法。
第一，按单位分，不按人分。一个单位一格，格子上贴单位名称，人员变动频繁的话按人分格会越分越乱。
第二，报刊和信件分开。报纸杂志量大，单独做一排宽格；挂号信、机要件不进信插，登记后当面交接签收。
第三，留几格机动。新成立的单位、临时专班都要用，至少留出总数的一成。
第四，格子高度别太低。最底下一排离地四十厘米以上，取件不用弯腰。
另外，信插最好装在有监控的地方，丢了件能查。
""",
    ),
]

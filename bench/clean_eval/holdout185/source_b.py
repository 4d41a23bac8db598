"""holdout185, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-html-tablecloth-hotel-pledge",
        site="微读镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.weidu-jx.com/s/Hk2q9TzA0c",
        title="“光盘行动 从一张桌布开始”倡议书",
        record_title="“光盘行动 从一张桌布开始”倡议书 | 椿湾餐饮商会",
        date="2025-02-20",
        notes="WeChat mirror with account line, 阅读原文/在看/赞赏 rows; account date equals document date",
        page="""
<html><head><meta charset="utf-8"><title>“光盘行动 从一张桌布开始”倡议书 | 椿湾餐饮商会</title></head>
<body><div class="mirror-bar">⟦m 微读镜像 · 公众号文章存档⟧</div>
<h1>{T}</h1>
<div class="acct">⟦m 椿湾餐饮商会　2025-02-20 08:30　浙江⟧</div>
<div class="follow">⟦a 点击蓝字 关注我们⟧</div>
{BODY}
<div class="bottom">⟦a 阅读原文⟧ ⟦a 赞赏作者⟧ ⟦l 分享　点赞　在看⟧</div>
<div class="mirror-foot">⟦d 本页内容由镜像程序自动抓取，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
全镇各餐饮经营户：
一张干净的桌布，是对客人的尊重；一桌吃光的饭菜，是对粮食的珍惜。为此，我们倡议：
1.推广“小份菜”“半份菜”，在桌布旁放置“适量点餐”提示牌。
2.桌布与餐具分开清洗，减少洗涤剂用量，不使用一次性塑料台布。
3.主动为顾客提供打包服务，打包盒费用由商会统一补贴。
让我们从每一张餐桌做起，共同守护“舌尖上的节约”。
椿湾镇餐饮行业商会
2025年2月20日
""",
    ),
    dict(
        slug="wechat-text-bookshelf-library-night",
        site="公号存档 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://gzh-cundang.net/a/2025/0902/lx71204",
        title="夜读书架上新啦！这些书等你来借",
        record_title="夜读书架上新啦！这些书等你来借",
        date="2025-09-02",
        notes="text mirror; account/time line; QR and follow prompts; document's own 扫码 sentence kept",
        page="""
!m 公号存档 —— 好文章不怕丢
{T}
!m 原创　桦城图书馆　2025年9月2日 17:05
!a 👆点上方蓝字，设为星标，第一时间收到推送
{BODY}
!a 长按识别二维码，关注“桦城图书馆”
!l 往期推荐：｜暑期少儿阅读营结营啦｜图书馆闭馆维护公告
!l 分享　收藏　点赞　在看
""",
        body="""
9月起，桦城图书馆一楼24小时自助区新添了3组“夜读书架”，上架新书860册。
本次上新以职场技能、家庭教育和本地文史为主，还有120册大字版图书，方便老年读者。
读者可凭读者证在自助借还机办理借阅，也可用手机扫码书架侧面的二维码查询书目。
夜读区开放时间为每日18:00至次日8:00，请大家爱护图书、保持安静。
""",
    ),
    dict(
        slug="docshare-html-paperweight-factory-rules",
        site="共享文件柜 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxwjg.com/doc/6619302.html",
        title="镇纸工艺品厂打磨车间粉尘防护规定",
        record_title=None,
        date=None,
        notes="title missing from record and <title>; h1 holds it; uploader row; rule articles speak of 打印 and 扫码",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>共享文件柜 - 在线文档</title></head>
<body><nav>⟦m 共享文件柜⟧ <a>⟦m 制度范本⟧</a> <a>⟦a 传文档 领积分⟧</a></nav>
<div class="doc"><h1>{T}</h1>
<div class="up">⟦m 分享人：工艺厂老周　阅读 392　下载 41　更新于 3 天前⟧</div>
{BODY}
</div>
<div class="dl">⟦a 下载该文档（.docx · 18KB）⟧ <a>⟦a 投诉⟧</a></div>
<div class="cp">⟦d 文档由网友分享，仅供学习参考；如侵犯您的权益，请联系平台下架。⟧</div>
<footer>⟦m © 共享文件柜　客服邮箱 help@gxwjg.com⟧</footer>
</body></html>
""",
        body="""
第一条 为预防打磨车间粉尘危害，保障职工健康，制定本规定。
第二条 打磨、抛光工位须开启局部除尘装置，除尘器滤袋每周清灰一次。
第三条 作业人员必须佩戴防尘口罩和护目镜，口罩每班更换。
第四条 车间班长每日填写粉尘防护检查表，打印后张贴于车间门口，职工可扫码查看当月检测结果。
第五条 本规定自发布之日起施行。
""",
    ),
    dict(
        slug="docshare-text-gluestick-quality-report-wps",
        site="文享网 (invented)",
        style="文档分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://wenxiang.cc/view/a8812c.html",
        title="2024年固体胶产品质量监督抽查情况的报告",
        record_title="2024年固体胶产品质量监督抽查情况的报告.wps",
        date="2024-12-18",
        notes="file-name title; table one row a paragraph; upload notice; 成文日期",
        page="""
!m 文享网 | 文档在线分享平台
!m 上传用户：zl_jc2024　　格式：WPS　　页数：3
{T}
{BODY}
!a 预览已结束，下载后可查看完整文档
!d 本文档由用户上传，文享网仅提供信息存储空间服务，若有侵权请联系删除。
!l 相关文档：文具产品抽查实施细则　｜　儿童用品质量安全报告
""",
        body="""
按照年度抽查计划，我局对辖区生产销售的固体胶产品开展了监督抽查，现将情况报告如下。
本次共抽查产品32批次，合格29批次，不合格3批次，具体如下：
企业类型　抽查批次　不合格批次
生产企业　12　1
批发商户　11　1
零售网点　9　1
不合格项目主要为粘合强度不达标和甲醛释放量超标。对不合格产品，已责令企业停止销售并限期整改。
枸川县市场监督管理局
2024年12月18日
""",
    ),
    dict(
        slug="edu-html-bookshelf-class-corner-notice",
        site="楸阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qiuyang.gov.cn/tzgg/2025/0303/20931.html",
        title="关于开展“班级图书角”书架配置验收的通知",
        record_title="关于开展“班级图书角”书架配置验收的通知-楸阳县教育体育局",
        date="2025-03-03",
        notes="education bureau with 关怀版 link; docno neutral; own contact next to technical line; attachment list",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“班级图书角”书架配置验收的通知-楸阳县教育体育局</title></head>
<body><div class="top">⟦m 楸阳县教育体育局⟧ <a>⟦a 关怀版⟧</a> <a>⟦a English⟧</a></div>
<div class="menu">⟦m 首页 | 教育动态 | 通知公告 | 政务公开 | 办事指南⟧</div>
<div class="loc">⟦m 现在位置：首页 / 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-03-03　浏览：1203　来源：装备站⟧</div>
<p>楸教体〔2025〕17号</p>
{BODY}
<div class="pn">⟦l 上一篇：关于做好春季学期开学工作的通知⟧<br>⟦l 下一篇：2025年义务教育阶段招生工作意见⟧</div>
<div class="ft">⟦m 楸阳县教育体育局版权所有　网站技术支持电话：0375-7712300⟧</div>
</body></html>
""",
        body="""
各中小学：
根据年度装备工作安排，县教育体育局将对各校“班级图书角”书架配置情况进行验收。有关事项通知如下：
1.验收内容：书架是否稳固防倾倒、边角是否做圆角处理、藏书是否达到每生10册。
2.验收方式：学校自查后，县装备站于3月下旬分片抽查。
3.各校请于3月20日前将自查表报送装备站。
联系人：周砚，电话：0375-7719026。
附件：班级图书角书架验收自查表
""",
    ),
    dict(
        slug="edu-text-trivet-school-lab-rule",
        site="笺溪县第二中学 (invented)",
        style="教育门户",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.jxez.edu.cn/xxgk/zd/1129.html",
        title="化学实验室隔热垫使用与管理规定",
        record_title="化学实验室隔热垫使用与管理规定_笺溪县第二中学",
        date=None,
        notes="school site rule; no date; numbered articles",
        page="""
!m 笺溪二中 · 厚德笃学
!m 学校首页 > 学校概况 > 规章制度
{T}
!m 作者：教务处　点击：211　更新：2025-05-12
!a 【大字】【小字】【打印本页】
{BODY}
!l 相关文章：实验室安全守则｜危化品管理办法
!m 笺溪县第二中学　地址：笺溪县学府路8号
""",
        body="""
一、实验中使用酒精灯、电热板加热的器皿，取下后必须放置在石棉网或陶瓷纤维隔热垫上，严禁直接放在实验台面。
二、隔热垫由实验员统一保管，课前按组发放，课后清点回收。
三、发现隔热垫开裂、掉渣的，应立即停用并报实验员更换。
四、学生违反本规定造成台面损坏的，按学校相关规定处理。
""",
        date_in="none",
    ),
    dict(
        slug="oa-html-stamppad-seal-management-minutes",
        site="檀山水务集团协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tsswjt.local/doc/view?id=20250418003",
        title="关于规范印章及印台使用管理的会议纪要",
        record_title="内网公告-关于规范印章及印台使用管理的会议纪要",
        date="2025-04-17",
        notes="intranet view with 流转记录 and read count; minutes' 时间/地点/主持 lines kept",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-关于规范印章及印台使用管理的会议纪要</title></head>
<body><div class="oa-top">⟦m 檀山水务集团协同办公平台⟧ <span>⟦m 欢迎您，周文⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(3) 已办 公文 通知公告 知识库⟧</div>
<h3>{T}</h3>
<div class="oa-info">⟦m 发文部门：综合办公室　阅读 187 人次⟧</div>
{BODY}
<div class="oa-flow"><b>⟦l 流转记录⟧</b><br>⟦l 综合办 拟稿 → 分管领导 审核 → 总经理 签发⟧</div>
<div class="oa-foot">⟦d 内部资料 注意保密 请勿外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月17日上午9:00
地点：集团三楼小会议室
主持：副总经理 许长川
会议研究了印章及印台使用管理有关问题，纪要如下：
一、各部门印台统一使用红色光敏印油，不得自行购买劣质印油。
二、用印须登记，印台与印章分开存放，下班前锁入文件柜。
三、综合办公室每季度检查一次用印登记簿。
""",
    ),
    dict(
        slug="oa-text-paperweight-gift-procurement-plan",
        site="樟浦文旅集团内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://intranet.zpwl.com/gw/2025/0516.html",
        title="2025年文创镇纸礼品采购方案",
        record_title="内部文件-2025年文创镇纸礼品采购方案",
        date="2025-05-16",
        notes="intranet text; read count; approval trail; table",
        page="""
!m 樟浦文旅集团 · 内网门户
!m 公文管理 › 发文 › 查看
{T}
!m 拟稿：市场部 何芳　签发：2025-05-16　已读 64 / 未读 12
{BODY}
!l 审批意见：同意。——王总 2025-05-16 16:22
!a 下载正文　|　打印　|　返回列表
!d 本平台仅限集团内部人员使用
""",
        body="""
为做好年内接待及文旅推介礼品保障，拟采购以樟浦古桥为题材的文创镇纸一批，方案如下。
品名　材质　数量　预算单价（元）
古桥铜镇纸　黄铜　300对　85
山水石镇纸　青石　200对　46
采购方式为询价采购，邀请不少于三家供应商报价，6月10日前到货。
樟浦文旅集团市场部
2025年5月16日
""",
    ),
    dict(
        slug="qa-html-gluestick-fabric-answer",
        site="问知 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhi.cn/q/38210765",
        title="固体胶能粘布吗？孩子手工课要用",
        record_title=None,
        date=None,
        notes="Q&A with vote bar; question as the title; relative time only",
        page="""
<html><head><meta charset="utf-8"><title>问知 - 有问题，就问知</title></head>
<body><header>⟦m 问知⟧ <input placeholder="搜索问题"> <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="q"><h1>{T}</h1><p>⟦m 3个回答　被浏览 2,406⟧</p></div>
<div class="ans"><div class="who">⟦m 手作阿姨 · 布艺老师　回答于 6 小时前⟧</div>
{BODY}
<div class="vote">⟦l 赞同 58　反对　评论 7　分享　收藏⟧</div></div>
<aside>⟦l 相关问题：白乳胶和固体胶哪个好？⟧</aside>
<footer>⟦d 回答内容仅代表作者观点，不构成专业建议⟧</footer>
</body></html>
""",
        body="""
可以粘，但不牢。固体胶是给纸张设计的，布料纤维粗、会吸胶，干了以后一拉就开。
如果只是贴在卡纸上做拼贴画，固体胶涂厚一点、压上书本放一晚，勉强够用。
要粘得牢，建议用布艺专用胶或白乳胶，记得选儿童能用的无毒款。
""",
    ),
    dict(
        slug="qa-text-tablecloth-oil-stain",
        site="邻里问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenda.linli.net/question/551820",
        title="桌布上的陈年油渍怎么洗掉？",
        record_title="桌布上的陈年油渍怎么洗掉？_邻里问答",
        date=None,
        notes="text Q&A; best-answer badge; relative time",
        page="""
!m 邻里问答 > 生活 > 家居清洁
{T}
!m 提问者：小棠　3天前　浏览 931
!l ★ 最佳答案
{BODY}
!m 回答者：家政王师傅　采纳率 87%
!l 其他回答（4）　我来回答
!a 分享到微信　举报
""",
        body="""
棉布桌布的陈年油渍，先用洗洁精原液涂在污渍上，揉搓后静置半小时。
再用四十度左右的温水加小苏打浸泡一小时，刷子顺着纹路轻刷。
如果还有印子，可以用白醋和洗衣粉调成糊敷一敷再洗。化纤桌布不要用太烫的水，容易变形。
""",
    ),
    dict(
        slug="anthology-html-bookshelf-grandpa-chapter",
        site="守拙斋文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://shouzhuozhai.net/wenji/juan2/41.html",
        title="父亲打的书架",
        record_title="《守拙斋文存》卷二·第41篇｜父亲打的书架",
        date=None,
        notes="personal collection reader with chapter nav; 写于 year only",
        page="""
<html><head><meta charset="gb2312"><title>《守拙斋文存》卷二·第41篇｜父亲打的书架</title></head>
<body><div>⟦m 守拙斋文存 · 一位退休木工的文字⟧</div>
<div>⟦l 目录｜上一篇：刨花⟧ ⟦l 下一篇：墨斗线⟧</div>
<h2>{T}</h2>
{BODY}
<p>⟦m （2019年冬写于槿原）⟧</p>
<div>⟦l 返回卷二目录⟧</div>
<div>⟦m 本站访问：000216433⟧ ⟦d 文字版权归作者所有⟧</div>
</body></html>
""",
        body="""
我十二岁那年，父亲用一棵老杉木给我打了一个书架。
他先把木料晾了一整个夏天，再刨、再锯，榫头一个一个凿，没用一颗铁钉。
书架只有三层，刷的是桐油，颜色像秋天的稻草。
后来我当了木匠，打过的书架有上百个，却没有一个比得上那一个稳当。
""",
    ),
    dict(
        slug="anthology-text-trivet-kitchen-memoir",
        site="灶边集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://zaobianji.cn/p/23",
        title="母亲的草编锅垫",
        record_title="《灶边集》第二十三篇｜母亲的草编锅垫",
        date=None,
        notes="collection essay on one line; chapter nav",
        page="""
!m 灶边集 · 第二十三篇
{T}
{BODY}
!l ← 上一篇：腌菜坛　　下一篇：灶王爷的画 →
!d 转载请联系作者
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
小时候家里没有像样的隔热垫，母亲就用稻草编锅垫。
她把晒干的稻草搓成细绳，一圈一圈盘起来，用麻线缝紧，编好的锅垫厚实耐烫。
一口砂锅端上桌，底下垫着草垫，饭桌上就有了稻田的味道。
如今厨房里都是硅胶垫了，可我还留着一只，挂在墙上。
""",
    ),
]

"""holdout91, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wechat-nanyin-speech-society-anniversary",
        site="微文存档 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.weiwencundang.com/s/nanyin-she-0611",
        title="在泉湾镇南音社成立四十周年纪念会上的致辞",
        record_title="在泉湾镇南音社成立四十周年纪念会上的致辞",
        date="2024-06-08",
        notes="WeChat mirror; date under the speech title; speaker line neutral; 阅读原文/在看 chrome",
        page="""
!m 泉湾南音社　　2024-06-11 20:30　　福建
!t 在泉湾镇南音社成立四十周年纪念会上的致辞
!a 点击上方蓝字，关注我们
{T}
镇文化站站长　陈梓涵
（2024年6月8日）
{BODY}
!a 阅读原文
!l 在看　　分享　　点赞 86
!l 留言区：南音弦友阿栋：四十年弦管不断，感恩前辈！
!d 以上内容转载自微信公众号，仅用于存档，版权归原作者所有。
""",
        body="""
各位弦友、各位来宾：
四十年前，几位老艺人在渡头的祠堂里摆开琵琶、洞箫、二弦和三弦，泉湾镇南音社就这样成立了。四十年来，社里坚持每周两次排馆，从未间断。
今天的南音社已有社员72人，其中35岁以下的年轻社员占了三分之一。我们在镇中心小学开设南音课堂，每学期有200多名孩子参加。
希望南音社继续守正创新，把这门千年古乐传得更远、唱得更响。
谢谢大家！
""",
    ),
    dict(
        slug="wechat-yachang-notice-duck-coop-html",
        site="公号文章备份站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gonghaobf.cn/a/2023/10/19/yachang.html",
        title="关于秋季麻鸭疫苗集中免疫的通知",
        record_title="关于秋季麻鸭疫苗集中免疫的通知 - 公号文章备份站",
        date="2023-10-18",
        notes="WeChat mirror page: account box, QR, 原文链接; signature date; table rows as paragraphs with ideographic spaces",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于秋季麻鸭疫苗集中免疫的通知 - 公号文章备份站</title><script src="/js/lazyimg.js"></script></head>
<body>
<div class="site-head">⟦m 公号文章备份站⟧ <span>⟦m 收录优质公众号文章⟧</span></div>
<div class="acct">⟦m 公众号：蕖塘麻鸭养殖专业合作社⟧ ⟦m 微信号：qutang_maya⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创 合作社办公室 2023年10月19日 07:30⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tool">⟦a 微信扫一扫 关注该公众号⟧</div>
<div class="src">⟦m 原文链接：https://mp.weixin.qq.com/s/Qt7xMayaKx2⟧</div>
<div class="more"><h4>⟦l 本号更多文章⟧</h4><p>⟦l 麻鸭冬季保温要点⟧</p><p>⟦l 合作社2023年二次分红公示⟧</p></div>
<div class="ft">⟦d 本站文章均来自公开的公众号，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
各位社员：
为预防鸭瘟、禽流感等疫病，合作社定于10月23日至10月28日开展秋季麻鸭集中免疫。具体安排如下：
日期　片区　负责防疫员
10月23日　东塘片　龚建平
10月25日　西湾片　罗春梅
10月27日　北垸片　谢国栋
请各户提前清点存栏数量，免疫当天将鸭群圈在棚内，不得放水。免疫后三天内注意观察，出现异常及时联系防疫员。
蕖塘麻鸭养殖专业合作社
2023年10月18日
""",
    ),
    dict(
        slug="docshare-falang-rules-enamel-workshop",
        site="云文件广场 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.yunwjgc.com/doc/5130228847.html",
        title="景泰蓝珐琅车间烧制工序操作规程",
        record_title="景泰蓝珐琅车间烧制工序操作规程.wps",
        date=None,
        notes="file-name record title; upload stamp is not a date; numbered list; decimal headings",
        page="""
!m 云文件广场 › 企业管理 › 规章制度
!t 景泰蓝珐琅车间烧制工序操作规程.wps
!m 格式：WPS　|　大小：26KB　|　上传时间：2022-06-30 14:02　|　下载 57 次
!a 立即下载　　　在线预览　　　举报文档
{BODY}
!a 文档内容仅显示一部分，完整版请下载后查看。
!l 相关文档：工艺品企业安全生产责任制汇编　点蓝工序作业指导书
!d 本文档由用户分享，云文件广场不对内容的准确性负责。
""",
        body="""
1 目的
规范珐琅器烧制操作，保证产品质量和作业安全。
2 适用范围
本规程适用于本公司珐琅车间电炉烧蓝工序。
3 操作要求
3.1 开炉前检查电炉接地、温控仪和排风装置，确认正常后方可通电升温。
3.2 烧蓝温度控制在780℃至820℃之间，每件器物入炉时间不超过3分钟。
3.3 取放器物必须使用长柄铁叉，佩戴隔热手套和防护面罩。
3.4 每次点蓝、烧蓝循环后，应检查釉面有无砂眼、开裂，不合格品单独存放。
4 安全注意事项
炉旁1米内不得堆放易燃物品；停电或设备故障时立即切断电源，报告班组长处理。
""",
    ),
    dict(
        slug="docshare-ruanmu-report-cork-factory-html",
        site="共享文稿网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.gxwengao.com/d/88301452.html",
        title="软木制品厂生产副厂长2023年度述职报告",
        record_title=None,
        date=None,
        notes="no record title; page title found on the page; no date in the document (only an upload time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>软木制品厂生产副厂长2023年度述职报告-共享文稿网</title></head>
<body>
<div class="hd">⟦m 共享文稿网⟧ ⟦m 好文稿，大家一起用⟧ ⟦a 上传我的文档⟧</div>
<div class="bread">⟦m 共享文稿网 &gt; 工作报告 &gt; 述职报告⟧</div>
<div class="doc">
<h1>{T}</h1>
<ul class="info"><li>⟦m 分享者：橡林深处⟧</li><li>⟦m 上传于 2024-01-29⟧</li><li>⟦m 浏览 238 次⟧</li></ul>
{BODY}
<div class="dl">⟦a 下载此文档 需1下载券⟧</div>
</div>
<div class="side">⟦l 相似文档⟧<br>⟦l 车间主任年度述职报告⟧<br>⟦l 生产副总述职述廉报告⟧</div>
<div class="foot">⟦d 声明：本站文档均由用户上传，若有侵权请提交证明材料以便处理。⟧</div>
<script>track('doc',88301452)</script>
</body></html>
""",
        body="""
2023年，我协助厂长分管生产、设备和安全工作，现将履职情况报告如下。
一是稳住产能。全年完成软木瓶塞1.38亿只、软木地板板材9.6万平方米，分别比上年增长8%和12%。
二是推进技改。完成蒸煮车间余热回收改造，每年节约蒸汽约2100吨；新上一条自动分选线，分选用工减少14人。
三是守牢安全。全年组织粉尘防爆专项检查12次，整改隐患43项，实现安全生产零事故。
不足之处是新产品开发偏慢，2024年我将重点抓好软木复合材料的试产工作。
""",
    ),
    dict(
        slug="edu-kabadi-notice-school-sports",
        site="蕖川区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.quchuan.edu.cn/tzgg/2024/0311/2061.html",
        title="关于举办全区中小学卡巴迪邀请赛的通知",
        record_title="关于举办全区中小学卡巴迪邀请赛的通知【2024】",
        date="2024-03-08",
        notes="decorated record title; 文号 neutral; 附件 lists; the notice's own 联系人/电话 beside the site phone",
        page="""
!m 蕖川区教育信息网　　　　　2024年3月11日 星期一
!m 网站首页 | 教育动态 | 通知公告 | 教研园地 | 招生考试
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：区体卫艺科　　来源：本站原创　　点击数：652　　更新时间：2024-3-11
蕖教体〔2024〕9号
{BODY}
!a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：2024年春季学期学生体质健康监测工作安排
!l 下一篇文章：关于开展校园足球联赛裁判员培训的通知
!m 区教育局地址：蕖川区新华路18号　值班电话：0731-84620011
""",
        indent="\u3000\u3000",
        body="""
各中小学：
为丰富校园体育活动，推广新兴体育项目，经研究，决定举办全区中小学卡巴迪邀请赛。现将有关事项通知如下。
一、比赛时间：2024年4月13日至14日。
二、比赛地点：蕖川区第三中学体育馆。
三、参赛办法：每校可报男、女各一队，每队10人，领队、教练各1人。
四、报名方式：请于3月29日前将报名表报送区体卫艺科。联系人：钟晓禾，电话：0731-84620137。
附件：1.比赛规程
2.报名表
蕖川区教育局
2024年3月8日
""",
    ),
    dict(
        slug="edu-yueju-summary-opera-campus-html",
        site="芃城市教育局 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jyj.pengcheng.gov.cn/art/2023/12/29/art_9921_73012.html",
        title="芃城市2023年“越剧进校园”工作总结",
        record_title="芃城市2023年“越剧进校园”工作总结",
        record_date="2023-12-29",
        date="2023-12-29",
        notes="modern education portal; record date; chrome between paragraphs in its own block",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>芃城市2023年“越剧进校园”工作总结</title><script src="/static/js/gov-common.js"></script></head>
<body>
<div class="header">⟦m 芃城市教育局⟧ <span class="search">⟦a 站内搜索⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 教育动态⟧ ⟦m 政务公开⟧ ⟦m 专题专栏⟧</div>
<div class="pos">⟦m 您当前所在位置：首页 » 教育动态 » 工作总结⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 日期：2023-12-29　信息来源：市教育局体卫艺处⟧ ⟦a 字号：大 中 小⟧</div>
{BODY}
<div class="ops">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="foot">⟦m 芃城市教育局版权所有 联系地址：芃城市学府路2号⟧ ⟦m 浙ICP备12031188号⟧</div>
</body></html>
""",
        body="""
2023年，市教育局联合市文广旅体局深入推进“越剧进校园”工作，全市已有46所中小学开设越剧课程或社团。
一、课程建设。编写《越韵童声》校本教材（小学版、初中版），在28所学校开设越剧兴趣课，每周不少于1课时。
⟦l 专题链接：芃城市中华优秀传统文化进校园专栏⟧
二、师资培养。组织音乐教师越剧专项培训3期，邀请市越剧团演员担任兼职教师41人。
三、展演活动。举办全市中小学生越剧大赛，共有63个节目参赛，评出一等奖10个。
2024年，我们将推动越剧课程向乡村学校延伸，力争开设学校达到60所。
""",
    ),
    dict(
        slug="intranet-guanguangta-minutes-observation-tower",
        site="云岫塔运营公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.yunxiuta.local/docs/view?id=20240902-17",
        title="云岫观光塔2024年第8次安全例会纪要",
        record_title="云岫观光塔2024年第8次安全例会纪要",
        date="2024-09-02",
        notes="OA export with approval trail; minutes' 时间/地点/主持/参会 lines kept; 印发 版记",
        page="""
!m 云岫塔运营公司协同办公平台 ｜ 公文管理 ｜ 纪要查看
!m 拟稿：安全保卫部 李蔓　　核稿：赵建川　　签发：孙启明
{T}
{BODY}
!m 流转记录：2024-09-02 17:40 李蔓 提交 → 2024-09-03 09:12 赵建川 审核通过 → 2024-09-03 10:05 孙启明 签发
!m 已阅 37 人　未阅 4 人
!a 导出PDF　　打印预览　　转发
""",
        body="""
时间：2024年9月2日下午3:00
地点：塔座三楼会议室
主持：孙启明
参加：各部门负责人、值班经理
会议听取了8月份安全运营情况汇报，研究部署国庆假期客流高峰安全保障工作。纪要如下：
一、8月份观光塔共接待游客11.2万人次，高速电梯运行2.9万次，未发生安全事故。
二、国庆期间实行分时预约登塔，单时段最大承载量控制在600人以内。
三、工程部在9月20日前完成外挂观景平台玻璃护栏全面检测。
四、保卫部加强塔底广场安检，配齐防爆器材。
云岫塔运营公司办公室　2024年9月2日印发
""",
    ),
    dict(
        slug="intranet-yinni-notice-seal-paste-factory-html",
        site="丹砂堂企业门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.danshatang.net/notice/2023/N2023-112.html",
        title="关于调整朱砂印泥研磨车间作息时间的通知",
        record_title="【内部】关于调整朱砂印泥研磨车间作息时间的通知",
        date="2023-05-26",
        notes="intranet page with read count and sidebar; 抄送 版记 kept; decorated record title",
        page="""
<html><head><meta charset="utf-8"><title>企业门户 - 通知公告</title><script src="/portal/js/sso.js"></script></head>
<body>
<div class="top">⟦m 丹砂堂文房用品有限公司 企业门户⟧ ⟦m 欢迎您，郑工 [退出]⟧</div>
<div class="menu">⟦m 门户首页⟧ ⟦m 通知公告⟧ ⟦m 制度文件⟧ ⟦m 流程中心⟧ ⟦m 通讯录⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="meta">⟦m 发文部门：生产管理部　发布人：郑蓉　阅读次数：214⟧</div>
{BODY}
<div class="att">⟦a 附件下载（0）⟧ ⟦a 收藏⟧</div>
</div>
<div class="right">⟦l 待办事项（3）⟧<br>⟦l 最新制度：员工考勤管理办法（修订）⟧</div>
<div class="copy">⟦d 内部资料 注意保密 仅限本公司员工浏览⟧</div>
</body></html>
""",
        body="""
各车间、部门：
入夏以来气温逐步升高，为保证朱砂、艾绒研磨质量和员工身体健康，经公司研究，自6月1日起调整研磨车间作息时间：
上午：7:00—11:00
下午：15:00—19:00
其他车间作息时间不变。请研磨车间合理安排班次，做好防暑降温工作。
生产管理部
2023年5月26日
抄送：总经理室，人力资源部。
""",
    ),
    dict(
        slug="qa-maqiu-answer-polo-club-html",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhi.cc/question/6620118/answer/9310027",
        title="业余马球俱乐部新会员入会须知",
        record_title="新人想学马球，俱乐部入会有什么要求？ - 问知社区",
        date=None,
        notes="Q&A page; the answer quotes a club's rules; relative time only; question title is not the document title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新人想学马球，俱乐部入会有什么要求？ - 问知社区</title></head>
<body>
<div class="AppHeader">⟦m 问知⟧ ⟦m 首页 发现 等你来答⟧ ⟦a 登录/注册⟧</div>
<div class="Question">⟦l 新人想学马球，俱乐部入会有什么要求？⟧ ⟦m 关注者 142　被浏览 30,558⟧</div>
<div class="Answer"><div class="AuthorInfo">⟦m 骑手老韩 马球俱乐部教练⟧</div>
<p>⟦m 27 人赞同了该回答⟧</p>
<h3>{T}</h3>
{BODY}
<p class="ContentItem-time">⟦m 编辑于 2 天前⟧</p>
<div class="actions">⟦l 赞同 27⟧ ⟦l 添加评论⟧ ⟦l 分享⟧ ⟦l 收藏⟧</div></div>
<div class="side">⟦l 相关问题⟧ ⟦l 学骑马多久能上马球场？⟧</div>
<footer>⟦m 问知 © 2024 京ICP证110728号⟧</footer>
</body></html>
""",
        body="""
一、新会员须年满16周岁，身体健康，无心脏病、高血压等不宜剧烈运动的疾病。
二、入会前须完成不少于20课时的马术基础课，能独立完成慢步、快步和跑步。
三、首次上场练习须穿戴头盔、护膝、马靴和护目镜，装备可向俱乐部租用。
四、前三个月只参加训练赛，经教练评估合格后方可参加对抗赛。
五、会员应爱护马匹，不得在马匹疲劳或受伤时强行骑乘。
""",
    ),
    dict(
        slug="qa-xuexie-answer-snowshoe-route",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.youwenbd.com/q/2381770.html",
        title="冬季雪鞋徒步活动安全须知",
        record_title="雪鞋徒步要注意什么？",
        title_in="decorated",
        date=None,
        notes="the question is the record title; the answer is the document; adopted-answer chrome; no date",
        page="""
!m 有问必答网 > 体育运动 > 户外
!l 问：雪鞋徒步要注意什么？
!m 提问者：踏雪寻梅　｜　浏览：4096次
!m 最佳答案
{T}
{BODY}
!m 回答者：林海雪原领队　采纳率：92%　擅长：户外运动
!l 评论 | 3　　　有用(58)　　没用(2)
!l 其他回答（4）
!a 登录后可以回答问题
""",
        body="""
1. 出发前查看天气预报和雪崩风险等级，风力超过5级或有暴雪预警时取消活动。
2. 穿分层衣物，内层速干、中层保暖、外层防风防水，另带一套备用手套和袜子。
3. 雪鞋尺寸要与登山鞋匹配，出发前在平地试走，调好绑带松紧。
4. 每队不少于4人，前后各安排一名有经验的领队，全程保持通讯畅通。
5. 下午3点前必须开始返程，天黑前回到营地。
""",
    ),
    dict(
        slug="anthology-qinqiang-essay-veteran-actor",
        site="秦声文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.qinshengwenji.net/wenji/liu_laoshi/47.html",
        title="我的秦腔半辈子",
        date=None,
        notes="personal collection; chapter navigation; one-line body; no date",
        page="""
!m 秦声文集 ▏刘守田先生文存
!m 目录 › 第三辑 梨园旧事 › 第47篇
{T}
!m 作者：刘守田　　字数：620
{BODY}
!l 【上一篇】第46篇 拜师那年　　【下一篇】第48篇 草台班子
!l 【返回目录】
!d 文集由家属整理上传，转载请征得同意。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我十四岁进县剧团学戏，唱的是须生。那时候练功没有暖气，冬天早上五点起来喊嗓子，声音冻得发抖，师父就让我们对着城墙根一遍遍地喊。
后来团里排《三滴血》，我演周仁瑞，连着演了两百多场，走遍了渭北的每一个公社。那时候台下坐的是赶了十几里路来看戏的乡亲，他们手里提着馍，一边吃一边看，散了戏还不肯走。
如今我退休二十年了，嗓子早不如从前，可每逢村里唱大戏，我还是要去后台看看年轻人，给他们讲讲老一辈是怎么唱的。秦腔要一代一代传下去，这是我最大的心愿。
""",
    ),
    dict(
        slug="anthology-mengqin-letter-raptor-rescue-html",
        site="山风集 (invented)",
        style="个人文集",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://shanfengji.net/works/eagle-letter.html",
        title="保护猛禽倡议书",
        record_title="保护猛禽倡议书 — 山风集·护鸟人手记",
        date="2022-11-05",
        notes="personal collection page with chapter list; Chinese-numeral signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>保护猛禽倡议书 — 山风集·护鸟人手记</title><style>.toc a{display:block}</style></head>
<body>
<div class="bookname">⟦m 山风集·护鸟人手记⟧</div>
<div class="toc">⟦l 目录⟧ ⟦l 一、山口的鹰⟧ ⟦l 二、救助站的冬天⟧ ⟦l 三、保护猛禽倡议书⟧</div>
<h2>{T}</h2>
<p class="by">⟦m 文／岩松⟧</p>
{BODY}
<div class="nav">⟦l ‹ 上一章⟧ ⟦l 返回目录⟧ ⟦l 下一章 ›⟧</div>
<div class="copy">⟦d 本集文字版权归作者所有⟧ ⟦m 访问量：11402⟧</div>
</body></html>
""",
        body="""
每年秋天，成千上万只猛禽沿着我们这里的山脊迁飞南下。可是，在山口架网捕鸟、非法售卖猛禽的现象仍时有发生。为此，我们向社会发出如下倡议：
一、不捕猎、不购买、不饲养猛禽，发现非法捕猎行为及时向森林公安举报。
二、发现受伤或落地的猛禽，不要自行喂食，请联系野生动物救护站处理。
三、拍摄猛禽时保持距离，不使用诱饵、不驱赶惊扰。
让每一只鹰都能自由地飞过我们的山口。
鹰嘴岩猛禽救护志愿者小组
二〇二二年十一月五日
""",
    ),
]

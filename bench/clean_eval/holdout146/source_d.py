"""holdout146, part D: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="gov-meishan-fume-control-notice-wrapped",
        site="湄山区生态环境分局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sthj.meishan.example.gov.cn/zwgk/tzgg/202505/t20250527_33812.html",
        title="关于开展餐饮油烟专项治理的通知",
        record_title="关于开展餐饮油烟专项治理的通知_湄山区生态环境分局",
        date="2025-05-27",
        notes="text extracted from a portal and hard-wrapped at 64 columns; 文号 neutral; 12369 hotline kept in the body next to the portal's phone; 抄送 kept",
        wrap=64,
        page="""
!m 湄山区生态环境分局　政府信息公开
!m 首页 > 信息公开 > 通知公告
{T}
湄环发〔2025〕19号
!m 发布时间：2025-05-27　字号：[大][中][小]
{BODY}
!a 【打印此页】【关闭】
!m 联系我们：0851-6623140　地址：湄山区兴隆路77号
!m 黔ICP备12003391号-3
""",
        body="""
各街道办事处，区市场监管局、区综合执法局：
近期，群众反映餐饮油烟扰民问题较为集中。为改善城区环境空气质量，经研究，决定自6月1日至8月31日在全区开展餐饮油烟专项治理。现将有关事项通知如下：
一、治理范围：全区城市建成区内的餐饮服务单位，重点是居民楼底商和夜市烧烤摊点。
二、治理要求：餐饮服务单位应当安装油烟净化设施并保持正常使用，每季度至少清洗一次，保留清洗记录。
三、工作分工：各街道负责摸底排查，区市场监管局负责督促整改，区综合执法局依法查处拒不整改的经营者。
群众可通过12369环保举报热线反映餐饮油烟问题。
湄山区生态环境分局
2025年5月27日
抄送：区人民政府办公室。
""",
    ),
    dict(
        slug="news-luyuan-pere-david-deer-release",
        site="鹿苑新闻 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.luyuannews.example.com/shengtai/20250322/118207.shtml",
        title="16头麋鹿重返野外 滩涂湿地再添“新居民”",
        record_title=None,
        date="2025-03-22",
        notes="news text: title missing in the record (found repeated with a decoration); 发布时间 byline is the page date; photo caption and a 'related' box between paragraphs; editor glued at the end",
        page="""
!m 鹿苑新闻网 | 生态频道
!t 【生态】16头麋鹿重返野外 滩涂湿地再添“新居民”
{T}
!m 2025年03月22日 10:05　来源：鹿苑晚报　作者：甄晓
!a 分享到：微信 | 微博 | 复制链接
{BODY}
!l 【相关阅读】湿地候鸟迁徙季观鸟指南
!l 【相关阅读】滩涂生态修复项目通过验收
!d 本网所有稿件未经授权不得转载
""",
        body="""
3月21日上午，16头人工繁育的麋鹿在东滩湿地保护区野放区域回归自然，这是保护区今年开展的第一次野放活动。
随着围栏打开，麋鹿们先是犹豫了片刻，随后成群奔向远处的芦苇荡。
⟦m 【图】麋鹿奔向湿地深处。通讯员 邵平 摄⟧
据保护区工作人员介绍，此次野放的麋鹿均为两至三岁的青壮年个体，放归前已完成健康检查并佩戴了卫星定位项圈。
⟦l 延伸阅读：麋鹿为何被称为“四不像”？⟧
目前，保护区野生麋鹿种群数量已超过800头，今后还将分批开展野放，进一步扩大野生种群规模。⟦m （编辑：费晴　审核：管志强）⟧
""",
    ),
    dict(
        slug="forum-haitan-clam-farmers-jammer-html",
        site="海滩养殖论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://bbs.haitanyz.example.com/forum.php?mod=viewthread&tid=33019",
        title="2024年花蛤苗种繁育基地工作总结",
        record_title="2024年花蛤苗种繁育基地工作总结 - 贝类养殖 - 海滩养殖论坛",
        date="2025-01-08",
        notes="Discuz-like page with jammer fonts glued and as lines; floor info; the 发表于 date is the only date (a byline date taken as the page's date)",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年花蛤苗种繁育基地工作总结 - 贝类养殖 - 海滩养殖论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 海滩养殖论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 水产交流 › 贝类养殖 › 正文⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 滩涂阿福⟧<br>⟦m 主题 36　帖子 418　积分 1290⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-1-8 19:26⟧ ⟦l 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
</td></tr></table>
<div class="po">⟦l 回复⟧ ⟦l 支持(15)⟧ ⟦l 举报⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 · 海滩养殖论坛 ©2012-2025⟧ ⟦m 闽ICP备13009261号⟧</div>
</body></html>
""",
        body="""
2024年，基地在县海洋与渔业站的指导下，围绕花蛤苗种繁育和技术推广开展工作，全年共培育花蛤苗种2.8亿粒。
一、亲贝培育。从外海采集野生亲贝1200公斤，经过促熟培育，催产成功率达到86%。
二、苗种中间培育。采用池塘和滩涂相结合的方式，苗种成活率比上年提高了9个百分点。
三、技术推广。为周边养殖户举办技术培训4期，发放养殖技术手册600册，带动养殖户120户。
四、存在问题。夏季高温期苗种死亡率偏高，育苗池增氧设备不足。2025年将新建循环水育苗车间一座，提高抗风险能力。
""",
    ),
    dict(
        slug="blog-shanye-mountaineering-safety-notes",
        site="山野行者的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://shanyexz.blog.example.net/archives/2024/10/688.html",
        title="带队登山十年，我总结的七条安全经验",
        record_title="带队登山十年，我总结的七条安全经验 - 山野行者的博客",
        date="2024-10-19",
        notes="blog text: numbered list kept; a post-time line in brackets; 打赏 and comment box at the bottom; a 'subscribe' prompt between paragraphs; the writer's own sentence about 下载 a track file kept",
        page="""
!m 山野行者的博客 — 一步一步，走向山顶
!m 首页 · 户外 · 登山安全
{T}
!m [ 2024年10月19日 星期六 ] [ 户外 ] [ 阅读 1472 ] [ 评论 23 ]
{BODY}
!a ☕ 觉得有用？请我喝杯咖啡
!l 发表评论：昵称（必填）　邮箱（不会公开）
!l 最新评论：岩羊 说：第五条太重要了，去年差点出事
""",
        body="""
我从2014年开始在县登山协会带队，十年里走过大大小小两百多条线路。下面这七条经验，都是用汗水甚至教训换来的。
1. 出发前一定要看天气预报，山区天气变化快，宁可取消也不冒险。
2. 出发前下载好离线轨迹，手机信号不好时全靠它认路。
3. 队伍要有前队、中队和收队，收队必须由有经验的队员担任。
⟦l 订阅本博客，新文章第一时间推送到邮箱⟧
4. 每人至少带两升水和足够的路餐。
5. 下午两点是关门时间，没到山顶也要下撤。
6. 随身携带急救包，队伍中至少有一人接受过急救培训。
7. 每次活动前都要向协会报备路线和人员名单。
登山最大的成就不是登顶，而是平安回家。
""",
    ),
    dict(
        slug="wechat-mirror-xiangqi-association-notice-html",
        site="公号阅读站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gonghaoyd.example.com/p/3c1a8e04f2/",
        title="关于举办第五届“楚河杯”象棋公开赛的通知",
        record_title="关于举办第五届“楚河杯”象棋公开赛的通知",
        date="2025-04-07",
        notes="WeChat mirror: account card, author line, a 'follow us' image caption, bottom bar 阅读原文/赞/在看/写留言; the notice's own 扫码报名 and 联系电话 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办第五届“楚河杯”象棋公开赛的通知</title></head>
<body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 沅岫县象棋协会⟧ ⟦m 沅岫棋苑⟧ ⟦m 2025年04月07日 18:20 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a ▲长按关注“沅岫棋苑”，赛事信息早知道⟧</p>
<div class="tool">⟦l 阅读原文⟧ ⟦l 赞 19⟧ ⟦l 在看 7⟧ ⟦l 写留言⟧</div>
</div>
<div class="mirror-ft">⟦d 本站为公众号文章聚合阅读站，内容版权归原作者⟧</div>
</body></html>
""",
        body="""
为丰富群众文化生活，推广象棋运动，沅岫县象棋协会定于2025年5月1日至3日举办第五届“楚河杯”象棋公开赛。
一、比赛地点：沅岫县文化馆三楼多功能厅。
二、参赛办法：分公开组和少年组，少年组限2012年1月1日以后出生的选手，每人限报一个组别。
三、比赛办法：采用积分编排制，公开组赛9轮，少年组赛7轮，每方基本用时20分钟，每步加5秒。
四、报名办法：扫描海报二维码报名，报名截止时间为4月25日，不收取报名费。
联系电话：0745-4231607（协会秘书处 晏师傅）
沅岫县象棋协会
2025年4月7日
""",
    ),
    dict(
        slug="docshare-gongdu-plan-hiv-testing-html",
        site="共读文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.gongdudoc.example.com/doc/20912847.html",
        title="2025年艾滋病自愿咨询检测工作实施方案",
        record_title="2025年艾滋病自愿咨询检测工作实施方案.pdf",
        date="2025-02-18",
        notes="sharing page: file-name record title; uploader card, score prompt, a 'report' link; decimal headings kept; 抄送 kept; upload date is not the document's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年艾滋病自愿咨询检测工作实施方案.pdf-共读文档网</title></head>
<body>
<div class="bar">⟦m 共读文档网⟧ ⟦a 上传赚积分⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="uploader">⟦m 上传人：jkjy_admin　上传日期：2025-03-05　页数：6　格式：PDF⟧</div>
<div class="doc">
{BODY}
</div>
<div class="pay">⟦a 下载需要 8 积分，您当前积分不足，去充值⟧</div>
<div class="report">⟦a 文档侵权？点击举报⟧</div>
<div class="foot">⟦d 共读文档网是文档分享平台，所有文档均由用户上传，本站不承担相关责任⟧</div>
</body></html>
""",
        body="""
为进一步扩大艾滋病检测覆盖面，做到早发现、早治疗，根据省卫生健康委有关要求，制定本方案。
1 工作目标
1.1 全县自愿咨询检测门诊覆盖所有乡镇卫生院。
1.2 全年完成自愿咨询检测3000人次以上，重点人群检测覆盖率达到90%。
2 主要措施
2.1 规范门诊设置。各咨询检测点应设置独立的咨询室，配备经过培训的专职咨询员。
2.2 严格保护隐私。检测结果只告知受检者本人，不得泄露受检者个人信息。
3 督导评估
县疾控中心每半年对各检测点开展一次督导，督导结果纳入年度考核。
芦湾县卫生健康局
2025年2月18日
抄送：县疾控中心，县人民医院。
""",
    ),
    dict(
        slug="edu-tangxi-home-visit-notice",
        site="棠溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.tangxi.example.gov.cn/html/tzgg/2025/0108/6077.html",
        title="关于开展2025年寒假“万名教师大家访”活动的通知",
        record_title="关于开展2025年寒假“万名教师大家访”活动的通知",
        record_date="2025-01-08",
        date="2025-01-08",
        notes="education portal text: date from the record; a 文号 neutral; a family-visit record table kept; 附件 kept; a 'back to top' line",
        page="""
!m 棠溪教育体育网
!m 首页 → 通知公告 → 正文
{T}
棠教体〔2025〕3号
!m 作者：德育科　来源：本站原创　更新：2025-01-08　点击：1873
{BODY}
!a ↑返回顶部
!l 上一篇：关于做好寒假学生安全教育的通知
!l 下一篇：2025年春季学期开学工作安排
!m 棠溪县教育体育局　电话：0830-2167005
""",
        body="""
各中小学、幼儿园：
为密切家校联系，全面了解学生寒假生活情况，县教体局决定在寒假期间开展“万名教师大家访”活动。
一、家访对象：全县在校学生全覆盖，重点走访留守儿童、困难家庭学生和特殊需求学生。
二、家访要求：班主任和任课教师组成家访小组，每生至少入户一次，不得以电话、视频代替入户。
三、家访记录：
学校　应访人数　重点对象人数　完成时限
棠溪一中　1860　212　1月25日
城关小学　2240　306　1月25日
四、纪律要求：家访中严禁接受家长宴请和礼品礼金。
附件：家访记录表
棠溪县教育体育局
2025年1月8日
""",
    ),
    dict(
        slug="intranet-jianguo-nut-factory-rules-html",
        site="坚果园食品协同平台 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="html",
        source="http://oa.jianguoyuan.example.local/portal/doc.jsp?fid=44712",
        title="腰果烘焙车间粉尘防爆管理规定",
        record_title="腰果烘焙车间粉尘防爆管理规定",
        date="2025-03-01",
        notes="intranet document view: approval trail, read receipts and a watermark line; articles that speak of 扫码 and 打印 kept; effective date in the last article is the document's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文档查看 - 坚果园食品协同平台</title></head>
<body>
<div class="oa-top">⟦m 坚果园食品协同平台⟧ ⟦m 欢迎您，品控部 郝青⟧ ⟦a 退出⟧</div>
<div class="oa-path">⟦m 知识管理 / 规章制度 / 安全生产⟧</div>
<h3>{T}</h3>
<div class="wm">⟦d 内部文件 严禁截图外传 郝青 10.8.3.117⟧</div>
{BODY}
<div class="flow">⟦m 审批流程：安全科 起草 → 生产副总 审核 → 总经理 签发（2025-02-26）⟧</div>
<div class="read">⟦m 已阅 58 人　未阅 6 人⟧ ⟦a 催阅⟧ ⟦a 下载正文⟧</div>
</body></html>
""",
        body="""
第一条　为预防腰果烘焙、破碎和筛分过程中粉尘爆炸事故，保障员工生命和财产安全，制定本规定。
第二条　烘焙车间除尘系统应当每班检查，积尘每日清扫，严禁用压缩空气吹扫积尘。
第三条　进入车间的人员应当扫码登记，禁止携带火种和非防爆电子设备。
第四条　设备维修需动火作业的，必须办理动火作业票，打印后张贴在作业现场。
第五条　安全科每月组织一次粉尘防爆专项检查，检查记录保存不少于三年。
第六条　本规定自2025年3月1日起施行。
""",
    ),
    dict(
        slug="qa-jiankang-copd-rehab-answer-html",
        site="健康知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidao.jiankang.example.com/question/77120354.html",
        title="慢阻肺病人在家怎么做呼吸康复训练？",
        record_title=None,
        date=None,
        notes="health Q&A: title missing, the question found in h1; a doctor's card; a not-medical-advice notice; an ad box; no date (relative answer time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>健康知道 - 医生在线答疑</title></head>
<body>
<div class="hd">⟦m 健康知道⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 问题描述：我爸今年68岁，确诊慢阻肺三年，出院后医生让做呼吸锻炼，具体怎么做？⟧</div>
<div class="doc-card">⟦m 裴文静　主治医师　呼吸与危重症医学科　回答于 1周前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="warn">⟦d 以上解答仅供参考，不能作为诊断及治疗的依据⟧</div>
<div class="ad">⟦w 呼吸科专家在线问诊，¥9.9起⟧</div>
<div class="other">⟦l 其他2条回答⟧ ⟦l 相关问题：肺气肿能治好吗⟧</div>
</body></html>
""",
        body="""
您好，慢阻肺患者在病情稳定期坚持呼吸康复训练，可以改善气促症状、提高活动耐力。常用的方法有以下几种：
1. 缩唇呼吸：用鼻子吸气，然后把嘴唇缩成吹口哨的样子慢慢呼气，呼气时间是吸气时间的两倍左右。
2. 腹式呼吸：一手放胸前，一手放腹部，吸气时腹部鼓起，呼气时腹部回缩，每次练习10分钟。
3. 有氧运动：可以从每天步行10分钟开始，逐步增加到30分钟，以稍感气喘但能说话为宜。
训练时如出现明显胸闷、心慌，应立即停止并及时就医。建议定期到医院复查肺功能。
""",
    ),
    dict(
        slug="anthology-songbai-football-coach-speech",
        site="松柏斋文稿 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.songbaizhai.example.net/wengao/2024/093.html",
        title="在全县校园足球联赛开幕式上的致辞",
        record_title="在全县校园足球联赛开幕式上的致辞 ｜ 松柏斋文稿",
        date="2024-09-20",
        notes="a retired coach's collection: the date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 松柏斋文稿　退休体育教师廖松柏的文字存档
!l 返回目录 | 按年份浏览 | 留言簿
{T}
县足球协会名誉主席　廖松柏
二〇二四年九月二十日
{BODY}
!l 本篇共有评论 4 条　我要评论
!d 文稿为作者本人所写，引用请注明出处
""",
        body="""
各位老师、各位同学、各位家长：
秋高气爽，绿茵飘香。今天，全县第十一届校园足球联赛在这里隆重开幕。
我当了三十五年体育教师，最高兴的就是看到越来越多的孩子爱上足球。今年报名参赛的有46支队伍、九百多名小球员，比十一年前第一届多了整整四倍。
足球教会孩子们的不只是传球和射门，还有团结、拼搏和尊重。希望同学们赛出水平、赛出风格，胜不骄，败不馁。
也希望各位家长多给孩子们加油，少给孩子们压力。
最后，预祝本届联赛圆满成功！
""",
    ),
    dict(
        slug="dangjian-lianxi-cultural-auditorium-lecture",
        site="涟溪先锋网 (invented)",
        style="党建网",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.lianxixf.example.cn/dkzx/2025/0415/2204.html",
        title="把文化礼堂建成村民的精神家园——在村级文化礼堂管理员培训班上的党课",
        record_title="【微党课】把文化礼堂建成村民的精神家园——在村级文化礼堂管理员培训班上的党课_涟溪先锋网",
        date="2025-04-15",
        notes="Party-building text: decorated title; a byline with 发布时间 taken as the date; 学习打卡 and a points prompt; quotes the document's own slogan",
        page="""
!m 涟溪先锋网　|　党员教育　>　党课在线
{T}
!m 发布时间：2025年04月15日　来源：县委宣传部　字体：【大 中 小】
!a 【学习打卡 +2积分】
{BODY}
!a 已学习 1204 人次　｜　我要打卡
!l 上一篇：乡村振兴中的党员先锋作用
!l 下一篇：新时代文明实践站如何常态化运行
!m 中共涟溪县委组织部主办　备案号：浙ICP备17003360号
""",
        body="""
同志们：
今天我和大家交流的题目是“把文化礼堂建成村民的精神家园”。
全县已建成村级文化礼堂186家，实现了行政村全覆盖。但是，有的礼堂建成后一年只开几次门，成了“铁将军把门”的摆设。
文化礼堂要真正用起来，关键在管理员。第一，要会组织，每月至少策划一次村民喜闻乐见的活动；第二，要会宣传，用好村里的微信群和广播；第三，要会记录，把村里的好人好事、村史村训展示出来。
“礼堂亮起来，村民聚起来，文化活起来”，这是我们的目标，也是每一位管理员的责任。
""",
    ),
    dict(
        slug="hospital-fuyou-prenatal-screening-notice",
        site="杏川区妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xlfybjy.example.com/info/1089.html",
        title="关于调整产前唐氏综合征血清学筛查服务时间的通知",
        record_title="关于调整产前唐氏综合征血清学筛查服务时间的通知-杏川区妇幼保健院",
        date="2025-02-20",
        notes="hospital text: the department's 咨询电话 kept next to the hospital's switchboard and appointment line; a service account prompt glued before the signature",
        page="""
!m 杏川区妇幼保健院　二级甲等妇幼保健院
!m 预约挂号：关注“杏川妇幼”服务号　总机：0596-2083100
!m 院务公开 » 通知公告
{T}
!m 来源：产前筛查中心　发布：2025-02-20 14:06　浏览：934
{BODY}
!l 推荐科室：产科 | 儿童保健科 | 妇科
!m 医院地址：杏川区湖滨中路16号　闽ICP备14011790号
""",
        body="""
各位孕妈妈：
为方便孕妇就诊，自2025年3月1日起，我院产前唐氏综合征血清学筛查服务时间调整如下：
一、采血时间：周一至周六上午8:00—11:30，节假日另行通知。
二、适宜孕周：孕15周至20周+6天，请按医生预约日期按时采血。
三、报告领取：采血后7个工作日可在我院自助机打印报告，也可到产前筛查中心窗口领取。
咨询电话：0596-2083156（产前筛查中心）⟦a 点击预约产检号源⟧
杏川区妇幼保健院
2025年2月20日
""",
    ),
    dict(
        slug="university-jiangcheng-volleyball-team-news",
        site="江汀理工大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jcut.example.edu.cn/info/1002/31766.htm",
        title="我校女子排球队获全省大学生排球锦标赛亚军",
        record_title="我校女子排球队获全省大学生排球锦标赛亚军-江汀理工大学新闻网",
        date="2024-11-18",
        notes="university news text: 文/图/审核 lines; a photo caption between paragraphs; an 'editor' line glued at the end; no genre signal in the title",
        page="""
!m 江汀理工大学新闻网
!m 首页 | 综合新闻 | 学院动态 | 媒体理工 | 理工人物
!m 当前位置：首页 > 综合新闻
{T}
!m 发布时间：2024-11-18　作者：体育部　浏览次数：1208
{BODY}
!m 文/郜佳宁　图/体育部　审核/邝涛
!l 【关闭】　【打印】
!m 江汀理工大学党委宣传部　版权所有
""",
        body="""
11月11日至17日，全省大学生排球锦标赛在江东大学举行，我校女子排球队经过七轮激烈角逐，获得本科组亚军，这是我校女排在该项赛事中取得的最好成绩。
本次比赛共有来自全省28所高校的52支队伍参赛。小组赛中，我校女排连胜三场，以小组第一出线。
⟦m 图为我校女排队员在决赛中拦网⟧
半决赛中，队员们顽强拼搏，在先失一局的情况下连扳三局，以3比1战胜上届冠军。
决赛中，我校女排以2比3惜败，获得亚军。主教练宁晓菲表示，队员们展现了理工人敢打敢拼的精神。⟦m （责任编辑：阮悦）⟧
""",
    ),
]

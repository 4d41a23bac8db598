"""holdout63, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-yanchang-html-salt-workers-speech",
        site="盐场工会公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.mirror-reader.example/s/Yc7kQ2",
        title="工会主席在盐场劳动模范表彰会上的讲话",
        record_title=None,
        date="2025-04-28",
        notes="WeChat-style section/span mirror; title missing in record; date under the title; follow prompts",
        page="""
<html><head><meta charset="utf-8"><title>工会主席在盐场劳动模范表彰会上的讲话</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 北芦盐场工会　2025年04月29日 07:30　江苏⟧</div>
<section><span>⟦a 点击上方蓝字，关注我们⟧</span></section>
<section><span>（2025年4月28日）</span></section>
{BODY}
<section><span>⟦m 来源：场工会办公室　编辑：乔禾⟧</span></section>
<section>⟦a 分享 · 收藏 · 点赞 · 在看⟧</section>
<section>⟦l 阅读原文　往期推荐：盐场职工趣味运动会精彩瞬间⟧</section>
</div><script>wx.ready();</script></body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
同志们：
今天我们在这里隆重表彰12名盐场劳动模范和5个先进班组。
这些同志常年在滩涂一线，风吹日晒，不怕苦、不怕累，是全场职工学习的榜样。
希望受表彰的同志珍惜荣誉、再立新功，也希望全场职工以劳模为榜样，为盐场高质量发展贡献力量。
""",
    ),
    dict(
        slug="wechat-jinyuan-text-kite-initiative",
        site="纸鸢之乡公众号转载页 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://wx.zhuanzai.example/a/kite-safe-2025",
        title="文明放飞风筝倡议书",
        record_title="文明放飞风筝倡议书｜转给身边放风筝的人",
        date="2025-03-28",
        notes="mirror with follow/scan prompts at both ends; 成文日期 in Chinese numerals; 关注 in content kept",
        page="""
!a 长按识别二维码，关注“纸鸢之乡”
!m 纸鸢之乡　今天
{T}
{BODY}
!a 喜欢就点个“赞”再走吧
!l 推荐阅读｜风筝节交通管制公告
!m 微信号：zhiyuanzhixiang
""",
        body="""
广大风筝爱好者：
春天是放风筝的好季节。为了大家的安全，我们倡议：
一、远离高压线、铁路和公路放飞风筝。
二、不使用金属线、钢丝线做风筝线。
三、放飞结束后带走风筝残骸和垃圾。
请大家关注天气变化，大风和雷雨天气不要放飞。
苇汀县风筝协会
二〇二五年三月二十八日
""",
    ),
    dict(
        slug="docshare-yunjuan-text-pigeon-club-rules",
        site="云卷文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.yunjuandoc.com/p-8810263.html",
        title="鹭洲信鸽俱乐部公棚管理制度",
        record_title="鹭洲信鸽俱乐部公棚管理制度（可编辑版）",
        date=None,
        notes="document-sharing page; upload notice; page markers glued mix; no date",
        page="""
!m 云卷文档分享 · 找文档上云卷
!t 鹭洲信鸽俱乐部公棚管理制度（可编辑版）
!m 贡献者：白羽　上传于：2025-02-07　5页　免费
{BODY}
!d 温馨提示：本文档为用户自行上传分享，平台仅提供存储空间，不对内容负责。
!a 下载文档　|　转存到云盘　|　复制链接
""",
        pages=dict(fmt="｛{n}｝", every=140, start=2, glue="mix"),
        body="""
第一条　为加强公棚管理，保证比赛公平公正，制定本制度。
第二条　参赛幼鸽须在规定时间内交棚，交棚时由工作人员登记足环号并拍照存档。
第三条　公棚实行封闭管理，非工作人员不得进入鸽舍。
第四条　鸽舍每日清扫一次，每周消毒一次，饮水每日更换。
第五条　本制度自公布之日起执行，由俱乐部理事会负责解释。
""",
    ),
    dict(
        slug="docshare-fenxiangba-html-ferry-training",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="培训方案",
        kind="plan",
        form="html",
        source="https://fxb.example.cn/doc/ferry-crew-training",
        title="渡船船员安全培训方案",
        record_title="渡船船员安全培训方案.pdf",
        date="2025-02-15",
        notes="file-name title; html reader with page-marker paragraph; 附件 list kept",
        page="""
<!DOCTYPE html><html><head><title>渡船船员安全培训方案.pdf 免费下载</title></head><body>
<div class="bar">⟦m 分享吧文档 fxb.example.cn⟧ ⟦a 上传赚现金⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 文件大小 312KB · 页数 4 · 分享于 2025-03-01⟧</div>
{BODY}
<div class="end">⟦a 剩余2页未读，开通会员即可畅读全部⟧</div>
<div class="rel">⟦l 你可能还需要：海事安全知识题库 · 船员适任考试大纲⟧</div>
<div class="ft">⟦d 声明：文档内容仅供学习参考，版权归原作者。⟧</div>
</body></html>
""",
        pages=dict(fmt="·{n}·", every=120, start=2),
        body="""
为提高渡船船员的安全意识和应急处置能力，镇交管站决定组织开展船员安全培训。
一、培训对象：全镇持证渡船船员及后备船员，共21人。
二、培训内容：水上交通安全法规、救生设备使用、落水人员救助和消防演练。
三、培训时间：2月下旬，分两期进行，每期两天。
附件：1.培训课程安排表
2.参训人员名单
芦堰镇交通管理站
2025年2月15日
""",
    ),
    dict(
        slug="edu-sangbu-html-silkworm-study-trip",
        site="桑埠区教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.sangbu.edu.example/tzgg/2025/0506/1203.html",
        title="关于组织中小学生开展蚕桑文化研学活动的通知",
        date="2025-05-06",
        notes="education bureau; 文号 neutral; table of routes kept; 联系电话 next to footer phone",
        page="""
<html><head><meta charset="utf-8"><title>关于组织中小学生开展蚕桑文化研学活动的通知-桑埠区教育局</title></head><body>
<div class="head">⟦m 桑埠区教育局 立德树人 办好人民满意的教育⟧</div>
<div class="menu">⟦m 首页 机构设置 教育动态 通知公告 招生考试⟧</div>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 发布日期：2025-05-06　点击数：1027⟧</div>
<p>桑教基〔2025〕19号</p>
{BODY}
<div class="tool">⟦a [字号 大 中 小] [打印] [关闭]⟧</div>
<div class="foot">⟦m 地址：桑埠区文昌路8号　电话：0573-8210033⟧ ⟦m 浙ICP备12003390号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为传承蚕桑文化，决定于5月中下旬组织学生开展研学活动。现将有关事项通知如下：
学段　线路　人数
小学　桑园—蚕房　800
初中　蚕房—缫丝厂　600
各校要制定安全预案，配足带队教师，活动结束后一周内报送总结。
联系人：基教科　郁芳，联系电话：0573-8210157。
""",
    ),
    dict(
        slug="edu-binhai-text-salt-field-trip",
        site="滨海镇中心小学网站 (invented)",
        style="教育门户",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.bhzx.school.example/news/show-617.html",
        title="“走进盐田”综合实践活动方案",
        record_title="“走进盐田”综合实践活动方案 - 滨海镇中心小学",
        date="2025-10-09",
        notes="school site; numbered lists; date in Arabic under signature; wrap 72",
        page="""
!m 滨海镇中心小学 | 学校概况 | 德育园地 | 教学科研
!m 首页>>德育园地>>实践活动
!t “走进盐田”综合实践活动方案 - 滨海镇中心小学
!m 作者：德育处　来源：本站原创　更新：2025-10-10
{BODY}
!a 【收藏本页】【返回顶部】
!m 版权所有：滨海镇中心小学　技术支持：海角网络
""",
        wrap=72,
        indent="  ",
        body="""
一、活动目的：让学生了解海盐生产过程，体会劳动的艰辛，培养热爱家乡的情感。
二、活动时间：2025年10月17日（星期五）上午。
三、参加对象：五年级全体学生及班主任。
四、活动安排：（1）参观盐场展厅；（2）在盐工师傅指导下体验收盐；（3）回校写一篇实践日记。
五、安全要求：不准私自靠近卤水池，服从带队老师指挥。
滨海镇中心小学德育处
2025年10月9日
""",
    ),
    dict(
        slug="oa-qinghu-html-kite-factory-minutes",
        site="青湖风筝厂协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qinghukite.local/meeting/view?id=2207",
        title="风筝厂出口订单生产协调会纪要",
        record_title=None,
        date="2025-08-12",
        notes="intranet meeting view; minutes' 时间/地点/主持 kept; approval line chrome",
        page="""
<html><head><title>会议纪要查看</title></head><body>
<div class="oa-top">⟦m 青湖风筝厂协同办公平台⟧ ⟦m 欢迎您，计划科 林冉⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 待办 已办 公文 会议 通讯录⟧</div>
<h2>{T}</h2>
<div class="flow">⟦m 流程状态：已归档　发起人：厂办 窦亮⟧</div>
{BODY}
<div class="opinion">⟦m 审批意见：同意印发。——厂长 2025-08-13⟧</div>
<div class="btns">⟦a 导出PDF　打印　返回列表⟧</div>
</body></html>
""",
        body="""
时间：2025年8月12日下午3点
地点：厂部二楼会议室
主持：副厂长 孔德明
参加：生产科、计划科、质检科、仓库负责人
会议议定：
1.出口欧洲的软翅风筝订单共3.2万件，9月20日前全部完工。
2.质检科对骨架和印花实行全检，不合格品一律返工。
3.仓库提前备足碳杆和伞布，每周五报一次库存。
记录人：窦亮
""",
    ),
    dict(
        slug="oa-haixing-text-pigeon-feed-request",
        site="海兴饲料公司内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://10.8.1.20/portal/doc/2025/117",
        title="关于开发信鸽专用饲料的请示",
        record_title="关于开发信鸽专用饲料的请示",
        date="2025-06-03",
        notes="intranet document; 成文日期; 抄送 kept; watermark/meta chrome",
        page="""
!m 海兴饲料股份有限公司 内部门户　仅限内网访问
!m 公文管理 > 收文 > 详情
{T}
!m 拟稿：研发部 赖雪　核稿：方成　密级：内部
{BODY}
!d 本页面含公司内部信息，严禁截图外传
!a 下载正文　打印处理单
""",
        body="""
公司领导：
近年来，周边信鸽养殖户数量增长较快，市场上缺少针对赛鸽不同阶段的专用饲料。
研发部拟开发育雏期、训放期和赛前三种信鸽配合饲料，预计研发费用18万元。
妥否，请批示。
研发部
2025年6月3日
抄送：财务部
""",
    ),
    dict(
        slug="qa-wenyou-html-kite-line-question",
        site="问友网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenyou.example/q/55201",
        title="风筝线用什么材质的好？",
        date=None,
        notes="Q&A with best answer; votes and related questions; no date",
        page="""
<html><head><title>风筝线用什么材质的好？_问友网</title></head><body>
<div class="logo">⟦m 问友网 有问必答⟧</div>
<div class="ask">⟦a 我要提问⟧</div>
<h1>{T}</h1>
<div class="qmeta">⟦m 提问者：春风十里　2个回答　浏览 3410⟧</div>
<div class="best">⟦m 最佳答案⟧</div>
{BODY}
<div class="vote">⟦l 赞同 86 | 反对 2 | 评论 5⟧</div>
<div class="more">⟦l 相关问题：风筝放不起来怎么办？ 风筝骨架断了怎么修？⟧</div>
<div class="ft">⟦d 问友网内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
看风筝大小。小风筝用普通的涤纶线就够了，便宜、耐磨。
大一点的软体风筝建议用PE线，拉力大、重量轻。
千万别用金属线，碰到电线很危险。
""",
    ),
    dict(
        slug="qa-dayi-text-silkworm-disease",
        site="农事答疑 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://dayi.nongshi.example/question/8831.html",
        title="蚕宝宝身上发黄变软是什么病？",
        record_title="蚕宝宝身上发黄变软是什么病？-农事答疑",
        date=None,
        notes="Q&A answered by an expert, signature kept as body; contact prompt; no date",
        page="""
!m 农事答疑 — 专家在线 免费解答
{T}
!m 2人回答　提问时间：去年
!m 专家回答
{BODY}
!w 养殖疑难一对一咨询，加微信 ns_zhuanjia88
!l 同类问题：蚕为什么不吃桑叶 / 小蚕发黑怎么处理
!a 我来回答
""",
        body="""
从描述看，很可能是血液型脓病，俗称“脓蚕”，多由高温多湿引起。
发现病蚕要及时拣出深埋，蚕座撒石灰粉隔离，并降低室温、加强通风。
下一批蚕要做好蚕室蚕具消毒。
（区蚕桑站　俞兰芝答）
""",
    ),
    dict(
        slug="anthology-jiangbei-html-ferry-essay",
        site="江北文丛在线 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="https://wencong.jiangbei.example/book/3/ch12.html",
        title="第十二篇　夜渡",
        record_title="第十二篇　夜渡 - 《江声集》 - 江北文丛在线",
        date=None,
        notes="collection chapter; chapter navigation; no date",
        page="""
<html><head><title>第十二篇 夜渡 - 《江声集》</title></head><body>
<div class="top">⟦m 江北文丛在线 | 书库 | 作者 | 排行⟧</div>
<div class="crumb">⟦m 书库 > 《江声集》 > 目录⟧</div>
<h2>{T}</h2>
<div class="nav">⟦l 上一篇：第十一篇 江堤 ｜ 目录 ｜ 下一篇：第十三篇 码头⟧</div>
{BODY}
<div class="nav">⟦l 上一篇：第十一篇 江堤 ｜ 目录 ｜ 下一篇：第十三篇 码头⟧</div>
<div class="ft">⟦d 作品版权归作者所有，未经许可不得转载⟧</div>
</body></html>
""",
        body="""
那年冬天，我第一次一个人坐夜渡回家。
江面很黑，只有船头一盏马灯晃着，艄公一声不吭地摇橹。
靠岸时他说了一句：“慢点走，跳板滑。”这句话我记了很多年。
""",
    ),
    dict(
        slug="anthology-laoyan-text-salt-memoir",
        site="老盐工文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://laoyangong.example.com/wenji/07.html",
        title="我的晒盐岁月",
        record_title="我的晒盐岁月（文集之七）",
        date="2024-12-20",
        notes="personal collection; date written at the end (写于); one body on one line",
        page="""
!m 老盐工文集　目录　留言
!t 我的晒盐岁月（文集之七）
{BODY}
!l 上一章：海边的童年　下一章：盐仓失火那一夜
!m 本页访问：1762
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九七八年，我十八岁，进了北芦盐场当晒盐工。
那时候全靠人力，扒盐、挑盐、堆坨，一个夏天下来，肩膀磨掉一层皮。
后来有了机械收盐，活轻了，可我总想起那些一起挑盐的伙伴。
2024年12月20日写于芦堰
""",
    ),
]

"""holdout88, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-html-excavation-site-fence-bid",
        site="瑄城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xuancheng.example.gov.cn/jyxx/jsgc/zbgg/2024/0612/88102.html",
        title="上坂遗址考古发掘工地围挡及临时用房项目招标公告",
        record_title=None,
        date="2024-06-12",
        notes="tender platform with left menu and CA helpdesk lines; title missing; project table and the tenderer's contact kept next to the platform helpdesk",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑄城公共资源交易网</title></head><body>
<div class="hd">⟦m 瑄城县公共资源交易网⟧　⟦a 交易主体登录⟧　⟦a CA办理⟧</div>
<div class="left"><ul><li>⟦l 工程建设⟧</li><li>⟦l 政府采购⟧</li><li>⟦l 产权交易⟧</li></ul></div>
<div class="pos">⟦m 首页 > 交易信息 > 工程建设 > 招标公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 【信息时间：2024-06-12　阅读次数：211】⟧</div>
{BODY}
<div class="help">⟦w CA锁办理及技术支持：0563-2106688（工作日）⟧</div>
<div class="foot">⟦m 瑄城县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本项目已由县文化和旅游局批准，资金来自省级文物保护专项资金，招标人为瑄城县文物保护中心。
2. 项目概况
项目名称　上坂遗址考古发掘工地围挡及临时用房
最高限价　38.6万元
工期　30日历天
3. 投标文件递交截止时间为2024年7月3日9时30分。
4. 联系方式：招标人联系人 汪老师，电话：0563-2217450。
""",
    ),
    dict(
        slug="tender-text-jellyfish-net-procurement-result",
        site="珂湾政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.kewan.example.gov.cn/cgjg/20240705/66218.html",
        title="珂湾镇海水浴场防水母拦网采购项目成交结果公告",
        record_title="珂湾镇海水浴场防水母拦网采购项目成交结果公告_珂湾政府采购网",
        date="2024-07-05",
        notes="procurement result: suffixed record title; result table kept; 公告期限 line kept; platform meta",
        page="""
!m 珂湾政府采购网
!m 采购公告 > 结果公告
{T}
!m 发布日期：2024年07月05日　浏览：97次
!a 分享：　微信　QQ　复制链接
{BODY}
!d 本网站所发布信息由采购人或代理机构提供，真实性由其负责。
!m 珂湾县财政局主办　技术支持：政采云
""",
        body="""
一、项目编号：KWCG-2024-031
二、项目名称：珂湾镇海水浴场防水母拦网采购项目
三、成交信息
供应商名称　成交金额　交货期
珂湾渔具制造有限公司　17.8万元　15天
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：珂湾镇人民政府，联系电话：0597-6810022。
""",
    ),
    dict(
        slug="lawfirm-html-family-tree-inheritance-lecture",
        site="瑷阳明理律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.minglilaw.example.cn/news/lecture/2024-04-13.html",
        title="族谱、祖产与继承——在上坂村普法讲座上的讲稿",
        record_title="族谱、祖产与继承——在上坂村普法讲座上的讲稿 | 明理律所",
        date="2024-04-13",
        notes="law firm page with lawyer's card, consult QR prompt and disclaimer; date under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>族谱、祖产与继承——在上坂村普法讲座上的讲稿 | 明理律所</title></head><body>
<header>⟦m 明理律师事务所 MINGLI LAW FIRM⟧　⟦w 免费法律咨询：400-990-1218⟧</header>
<nav>⟦m 首页 律所介绍 专业领域 律师团队 普法讲堂 联系我们⟧</nav>
<h1>{T}</h1>
<p class="date">（2024年4月13日）</p>
{BODY}
<div class="card">⟦w 主讲律师：温子墨　执业证号：14509201810261122　扫码添加律师微信⟧</div>
<div class="disclaimer">⟦d 本文仅为普法交流，不构成对具体案件的法律意见⟧</div>
<footer>⟦m 地址：瑷阳县滨江路66号金融大厦9楼⟧</footer>
</body></html>
""",
        body="""
各位乡亲：
很多人以为，族谱上写了谁是长房长孙，祖屋就该归谁。其实，族谱是家族记录，不是继承的法律依据。
按照民法典，没有遗嘱的，遗产由配偶、子女、父母按法定顺序继承，儿子女儿权利平等。
祖屋如果是几代人共同的，要先把历代继承关系理清楚，必要时可以请村委会和律师一起协商。
""",
    ),
    dict(
        slug="lawfirm-text-invasive-species-qa-advice",
        site="璐原正衡律所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.zhenghenglaw.example.net/zxzx/5521.html",
        title="放生外来物种要承担什么法律责任？",
        date=None,
        notes="law-firm consult answer: relative time, lawyer signature chrome, disclaimer; no date",
        page="""
!m 正衡律所 · 在线咨询
!m 首页 > 咨询案例 > 环境资源
{T}
!m 咨询时间：一周前　回复律师：顾远舟
{BODY}
!w 遇到类似问题？拨打律所热线 0571-8829 6611，或扫码预约面谈
!d 以上回复仅针对咨询人描述的情况，不代表律所正式法律意见。
!l 相关咨询：钓鱼被罚款合法吗？｜捡到野生动物怎么处理？
""",
        body="""
问：我在河里放生了几只巴西龟，听说违法，是真的吗？
答：巴西龟属于外来入侵物种。根据生物安全法，任何单位和个人未经批准，不得擅自释放或者丢弃外来物种。
违反规定的，由有关部门责令限期捕回、找回，并处五千元以上二十五万元以下罚款。
建议您主动联系当地农业农村部门说明情况，配合做好回捕。
""",
    ),
    dict(
        slug="community-html-bedbug-notice-grid-box",
        site="琬溪社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wanxisq.example.cn/gg/2024/0918/210.html",
        title="关于在老旧小区开展臭虫集中消杀的通知",
        record_title="关于在老旧小区开展臭虫集中消杀的通知",
        date="2024-09-18",
        notes="residents' site with weather widget and grid-worker box; chrome between body paragraphs; 网格员 phone in chrome vs notice contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于在老旧小区开展臭虫集中消杀的通知</title></head><body>
<div class="top">⟦m 琬溪社区 · 邻里一家亲⟧　⟦m 今日 多云 22~29℃⟧</div>
<nav>⟦m 社区首页 | 社区公告 | 便民服务 | 志愿活动⟧</nav>
<h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　时间：2024-09-18⟧</div>
{BODY}
<div class="grid">⟦w 您的网格员：小陈 15867021455（点击拨打）⟧</div>
<div class="more">⟦l 更多公告：燃气安全入户检查安排　电动车充电桩启用⟧</div>
<footer>⟦m 琬溪社区居民委员会　地址：琬溪街道桂香路9号⟧</footer>
</body></html>
""",
        body="""
各位居民：
近期，桂香苑、桃源里等老旧小区陆续有居民反映家中出现臭虫。社区联系专业消杀公司，定于9月23日至25日集中消杀。
⟦l 热点：社区食堂本周菜单已更新⟧
一、请居民提前将床品、衣物装袋密封或高温清洗。
二、消杀当天请将老人、儿童和宠物暂时带离房间，4小时后开窗通风。
三、需要上门消杀的，请到社区服务站登记，联系电话：0571-8610 2203。
琬溪社区居委会
2024年9月18日
""",
    ),
    dict(
        slug="community-text-volunteer-fire-team-recruit",
        site="璋田街道网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://ztjd.example.cn/sqdt/88.html",
        title="招募社区微型消防站志愿队员啦！",
        date=None,
        notes="community post with 关注/分享 bar; no date (posted 昨天); body speaks of 扫码报名",
        page="""
!m 璋田街道 > 社区动态
{T}
!m 昨天 15:20　|　社区宣传员
!a 👍 点赞 18　　💬 评论　　↗ 分享
{BODY}
!l 大家都在看：垃圾分类积分兑换点开放啦
!d 璋田街道办事处　版权所有
""",
        body="""
社区微型消防站正在招募志愿队员！
我们需要：年龄18至55周岁、身体健康、住在本社区的居民，有物业、保安工作经验者优先。
你将获得：专业消防员培训、志愿服务时长认定、意外保险。
有意者请扫描社区公告栏上的二维码报名，或直接到社区服务站填表。
""",
    ),
    dict(
        slug="association-html-shell-carving-council-minutes",
        site="琨水工艺美术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.ksgmxh.example.org.cn/xhdt/2023/1120/417.html",
        title="琨水县工艺美术协会贝雕专委会成立会议纪要",
        record_title="琨水县工艺美术协会贝雕专委会成立会议纪要-协会动态",
        date="2023-11-18",
        notes="association page with member-login row; minutes' 时间/地点/主持 lines kept; page's 发布 date differs (date_also)",
        date_also=["2023-11-20"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琨水县工艺美术协会贝雕专委会成立会议纪要-协会动态</title></head><body>
<div class="hd">⟦m 琨水县工艺美术协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<nav>⟦m 协会首页 | 协会动态 | 大师风采 | 会员名录 | 联系我们⟧</nav>
<h1>{T}</h1>
<div class="i">⟦m 发布日期：2023-11-20　浏览 143⟧</div>
{BODY}
<div class="side">⟦l 推荐：第五届工艺美术精品展获奖名单⟧</div>
<footer>⟦m 协会秘书处电话：0838-6102276⟧ ⟦d 网站内容版权归本会所有⟧</footer>
</body></html>
""",
        body="""
时间：2023年11月18日下午
地点：县文化馆二楼多功能厅
主持：协会副会长 欧阳珊
会议宣读了关于成立贝雕专业委员会的决定，选举林海生为专委会主任，黄蓓、苏一鸣为副主任。
会议议定：专委会每年举办一次贝雕作品展，建立贝壳原料互助采购渠道，组织会员赴外地交流学习。
""",
    ),
    dict(
        slug="association-text-birdwatch-pledge-wrapped",
        site="瑷阳观鸟协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.aybird.example.org/notice/2024/05.html",
        title="文明观鸟倡议书",
        record_title="文明观鸟倡议书（瑷阳观鸟协会）",
        date="2024-05-04",
        notes="hard-wrapped association page; decorated record title; date under the signature",
        page="""
!m 瑷阳观鸟协会 · 官方网站
!m 首页 | 协会简介 | 鸟讯 | 活动 | 入会
{T}
{BODY}
!a 本页打印　　返回首页
!m 协会邮箱：ayniao@126.com　QQ群：518802217
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各位鸟友：
观鸟是亲近自然的好方式，但不当行为会惊扰鸟类繁殖。为此，我们倡议：
一、不诱拍。不用活饵、录音回放等方式吸引鸟类。
二、不靠近鸟巢。繁殖期与巢保持足够距离，不修剪巢边枝叶。
三、不发布敏感鸟种的精确位置。
瑷阳观鸟协会
2024年5月4日
""",
    ),
    dict(
        slug="corp-html-ox-horn-comb-recall-cookie",
        site="角木坊官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jiaomufang.example.com/news/notice-2024-10.html",
        title="关于部分批次牛角梳开裂问题的致歉及召回公告",
        record_title="关于部分批次牛角梳开裂问题的致歉及召回公告 - 角木坊",
        date="2024-10-21",
        notes="corporate page with cookie banner and shop link; batch table kept; customer-service hotline of the notice kept (it is the notice's content)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于部分批次牛角梳开裂问题的致歉及召回公告 - 角木坊</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意。 接受⟧</div>
<header>⟦m 角木坊 · 百年手工梳⟧ ⟦a 进入官方商城⟧</header>
<nav>⟦m 品牌故事 产品中心 新闻公告 门店查询⟧</nav>
<h1>{T}</h1>
<div class="date">⟦m 2024-10-21 | 新闻公告⟧</div>
{BODY}
<div class="share">⟦l 分享到：微博 微信⟧</div>
<footer>⟦m © 2024 角木坊梳业有限公司 保留所有权利⟧</footer>
</body></html>
""",
        body="""
尊敬的顾客：
近期，我司接到部分顾客反映，2024年8月生产的部分牛角梳出现梳齿开裂。经查，系该批次原料烘干时间不足所致。对此，我们深表歉意。
召回批次如下：
批次号　生产日期　数量
NJ240805　2024年8月5日　1200把
NJ240819　2024年8月19日　860把
购买上述批次产品的顾客，可凭购买凭证到门店或拨打客服电话400-882-0931办理免费更换。
角木坊梳业有限公司
2024年10月21日
""",
    ),
    dict(
        slug="corp-text-handmade-paper-mill-news",
        site="纸韵坊造纸官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.zhiyunfang.example.cn/news/show-331.html",
        title="纸韵坊手工造纸技艺入选省级非遗代表性项目名录",
        record_title=None,
        date="2023-12-06",
        notes="company news as text: title missing from record, 发布时间 line; chrome glued before a paragraph",
        page="""
!m 纸韵坊 · 一张好纸
!m 企业新闻
{T}
!m 发布时间：2023-12-06　作者：品牌部
{BODY}
!a 【返回列表】
!m 琮川县纸韵坊手工造纸有限公司　电话：0563-7708126
""",
        body="""
近日，省政府公布第七批省级非物质文化遗产代表性项目名录，纸韵坊手工造纸技艺成功入选。
⟦m 来源：纸韵坊品牌部⟧纸韵坊位于琮川县溪口村，保留了从砍竹、沤料、打浆到抄纸、焙纸的七十二道工序，所产竹纸曾专供书画装裱。
公司表示，将建设手工造纸研学基地，让更多人了解这门技艺。
""",
    ),
    dict(
        slug="training-html-face-changing-course-floatbox",
        site="蜀韵艺术培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shuyunart.example.cn/zsxx/2024-summer.html",
        title="2024年暑期川剧变脸兴趣班招生简章",
        record_title="2024年暑期川剧变脸兴趣班招生简章【蜀韵艺校】",
        date=None,
        notes="training school with float consult box and trial-lesson prompt; fee table kept; no date (year only in title)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年暑期川剧变脸兴趣班招生简章【蜀韵艺校】</title></head><body>
<div class="top">⟦m 蜀韵艺术培训学校⟧　⟦w 招生热线：028-8612 4407⟧</div>
<nav>⟦m 首页 课程介绍 师资力量 学员风采 在线报名⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="float">⟦a 免费试听一节课，立即预约>>⟧</div>
<div class="float2">⟦w 在线咨询 微信同号 17708126215⟧</div>
<footer>⟦m 办学许可证号：教民151080270001号⟧</footer>
</body></html>
""",
        body="""
川剧变脸是川剧表演的绝活之一。本校特聘川剧团退休演员授课，暑期开设变脸兴趣班。
招生对象：8至16岁青少年，身体健康，热爱戏曲。
班型　课时　费用
基础班　20课时　1800元
提高班　30课时　2600元
学员结业时参加汇报演出。变脸技法仅限课堂学习，学员应尊重行规，不得私自外传。
""",
    ),
    dict(
        slug="training-text-tap-dance-studio-rules",
        site="踢踏时光舞蹈工作室 (invented)",
        style="培训机构",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.titashiguang.example.com/about/rules",
        title="踢踏舞教室学员须知",
        date=None,
        notes="studio rules page; numbered list; chrome glued after a 。; no date",
        page="""
!m 踢踏时光 Tap Time Studio
!m 首页 / 关于我们 / 学员须知
{T}
{BODY}
!w 课程咨询请添加前台微信：tapstudio_01
!d ©踢踏时光舞蹈工作室
""",
        body="""
为保证教学秩序和学员安全，请各位学员遵守以下须知：
1. 上课请穿踢踏舞鞋，禁止穿普通皮鞋进入木地板教室。
2. 请提前10分钟到达，做好热身。⟦a 点击查看课程表⟧
3. 请假请提前24小时告知老师，未请假缺课按已上课时计算。
4. 教室内禁止饮食，水杯请放在指定区域。
""",
    ),
]

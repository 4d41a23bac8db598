"""holdout187, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text, written blind."""

CASES = [
    dict(
        slug="community-jinshui-notice-children-in-difficulty-html",
        site="金水湾社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jinshuiwan-sq.cn/gg/2024/0310/221.html",
        title="关于开展困境儿童基本情况摸底排查的通知",
        record_title="【社区公告】关于开展困境儿童基本情况摸底排查的通知",
        date="2024-03-10",
        notes="residents' site; decorated title; the community's own 联系电话 kept beside the property hotline; grid list",
        page="""
<html><head><meta charset="utf-8"><title>金水湾社区 - 社区公告</title></head>
<body>
<div class="sq-top">⟦m 金水湾社区居民委员会⟧ ⟦m 共建共治共享 幸福金水湾⟧</div>
<div class="sq-nav">⟦m 首页 | 社区公告 | 党建引领 | 便民服务 | 邻里互助⟧</div>
<div class="sq-box">
<h3>{T}</h3>
<p class="sq-info">⟦m 发布：社区儿童主任　2024-03-10　阅读 266⟧</p>
{BODY}
</div>
<div class="sq-side"><p>⟦l 便民电话⟧</p><p>⟦w 物业24小时客服：0371-5566 0808⟧</p><p>⟦l 社区活动报名⟧</p></div>
<div class="sq-foot">⟦m 地址：金水湾小区东门社区服务中心⟧ ⟦d 本网站由社区志愿者维护⟧</div>
</body></html>
""",
        body="""
各位居民：
为做好困境儿童关爱保护工作，根据街道统一部署，社区将于3月11日至3月25日开展困境儿童基本情况摸底排查。现将有关事项通知如下。
一、排查对象：辖区内父母双方或一方重病、重残、服刑、失联的儿童，以及本人重病、重残的儿童。
二、排查方式：由各网格员和楼栋长入户走访，填写《困境儿童基本情况登记表》。
三、网格分工
第一网格（1—6号楼）：网格员 韩梅
第二网格（7—12号楼）：网格员 周小川
第三网格（13—18号楼）：网格员 邓芸
四、请居民积极配合，如知道身边有需要帮助的儿童，也请主动告知社区。
联系电话：0371-6690 2213（社区儿童主任 严丽）
金水湾社区居民委员会
2024年3月10日
""",
    ),
    dict(
        slug="community-liuying-notice-womens-day-activity",
        site="柳荫街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.liuyingjd.com/sqdt/2024/0301/1102.html",
        title="关于举办“三八”国际妇女节系列活动的通知",
        record_title=None,
        date="2024-03-01",
        notes="no record title; activity table rows; 报名 by phone kept; site's volunteer signup button glued after a line",
        page="""
!m 柳荫街道社区服务网
!m 首页 >> 社区动态 >> 活动通知
{T}
!m 信息员：小叶　　日期：2024-03-01　　点击量：159
{BODY}
!l 评论（0）　　我来说两句
!m 柳荫街道办事处　版权所有　技术支持：邻里云
""",
        body="""
各位姐妹：
为庆祝“三八”国际妇女节，丰富辖区妇女文化生活，社区妇联定于3月5日至3月8日举办系列活动。
活动安排如下：
3月5日上午　　女性健康讲座　　社区会议室
3月6日下午　　插花手工体验　　社区活动室
3月7日上午　　免费乳腺、宫颈检查　　街道卫生服务中心
3月8日晚上　　广场舞展演　　柳荫广场
请有意参加的居民于3月4日前到社区服务中心或拨打0551-6371 2240报名。⟦a 点我报名成为志愿者⟧
柳荫社区妇联
2024年3月1日
""",
    ),
    dict(
        slug="association-zhimatang-pledge-sesame-candy-html",
        site="檀城市芝麻糖行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.tczmt-xh.org.cn/xhdt/2024/0115/318.html",
        title="芝麻糖生产企业食品安全自律倡议书",
        record_title="【协会倡议】芝麻糖生产企业食品安全自律倡议书",
        date="2024-01-15",
        notes="association site; decorated title; member-login and join buttons; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>芝麻糖生产企业食品安全自律倡议书 - 檀城市芝麻糖行业协会</title></head>
<body>
<div class="xh-head">⟦m 檀城市芝麻糖行业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="xh-nav">⟦m 协会首页 协会概况 协会动态 会员风采 行业标准 联系我们⟧</div>
<div class="xh-where">⟦m 位置：协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-date">⟦m 2024-01-15　来源：协会秘书处⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-more">⟦l 更多协会动态 &gt;&gt;⟧</div>
<div class="xh-foot">⟦m 协会秘书处电话：0557-3021 668⟧ ⟦d ©檀城市芝麻糖行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
全市芝麻糖生产企业、小作坊：
春节临近，芝麻糖、花生糖进入销售旺季。为维护“檀城芝麻糖”的好名声，协会向全体会员发出如下倡议：
一、把好原料关。芝麻、麦芽糖等原料要从正规渠道采购，索证索票，不用霉变芝麻。
二、把好加工关。熬糖、切糖车间保持清洁，从业人员持健康证上岗，不超范围、超限量使用食品添加剂。
三、把好标签关。预包装产品标签要标明生产日期和保质期，散装产品也要在货架上标示。
四、把好诚信关。不以次充好，不虚假宣传，自觉接受社会监督。
檀城市芝麻糖行业协会
2024年1月15日
""",
    ),
    dict(
        slug="association-mifeng-report-seal-industry",
        site="密封件行业协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.mfjxh.org/hyfx/2024/0322/86.html",
        title="2023年全省橡胶密封件行业运行情况报告",
        record_title="2023年全省橡胶密封件行业运行情况报告（协会会员版）",
        date="2024-03-20",
        notes="decorated record title; data table rows; decimal headings 1.1 1.2; member-only notice between paragraphs",
        page="""
!m 省橡胶密封件行业协会
!m 首页 / 行业分析 / 运行报告
{T}
!m 发布日期：2024-03-22　　作者：协会信息部　　阅读：588
!a 本报告为会员专享，非会员请联系秘书处开通
{BODY}
!a 下载PDF版（会员）
!l 相关报告：2023年密封件出口形势分析　|　O型圈产品质量抽查情况通报
!d 本报告数据仅供会员单位内部参考，未经许可不得对外引用。
""",
        date_also=["2024-03-22"],
        body="""
1 总体情况
1.1 生产情况。2023年全省规模以上橡胶密封件企业87家，实现主营业务收入156.3亿元，同比增长6.2%。
1.2 出口情况。全年出口交货值41.8亿元，同比增长3.5%，主要出口东南亚和欧洲市场。
⟦a 开通会员查看完整图表⟧
2 主要产品
产品类别　　产量（亿件）　　同比增长
O型圈　　48.6　　5.1%
油封　　12.3　　7.8%
汽车密封条　　3.9　　11.2%
3 存在问题与建议
行业集中度偏低，中小企业研发投入不足。建议企业加强氟橡胶、硅橡胶等高性能材料研发，积极参与新能源汽车配套。
省橡胶密封件行业协会
2024年3月20日
""",
    ),
    dict(
        slug="corp-xuanshi-news-basalt-fibre-html",
        site="玄石新材料股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuanshi-bf.com/news/company/20240611.html",
        title="公司玄武岩纤维二期生产线正式投产",
        record_title="公司玄武岩纤维二期生产线正式投产 | 玄石新材料",
        date="2024-06-11",
        notes="company site; decorated title; news date line; product links and inquiry box; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司玄武岩纤维二期生产线正式投产 | 玄石新材料</title>
<script src="/assets/app.js"></script></head>
<body>
<header>⟦m 玄石新材料 XUANSHI⟧<nav>⟦m 首页 关于我们 产品中心 新闻动态 投资者关系 联系我们⟧</nav><span>⟦m 中文 | EN⟧</span></header>
<section class="crumbs">⟦m 新闻动态 / 公司新闻⟧</section>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024.06.11⟧</p>
{BODY}
</article>
<aside><h4>⟦l 产品推荐⟧</h4><ul><li>⟦l 玄武岩纤维短切纱⟧</li><li>⟦l 玄武岩纤维土工格栅⟧</li></ul>
<div class="inquiry">⟦w 产品询价：sales@xuanshi-bf.com　☎ 0851-8801 7766⟧</div></aside>
<footer>⟦d Copyright © 2024 玄石新材料股份有限公司⟧ ⟦m 黔ICP备19008843号-1⟧</footer>
</body></html>
""",
        body="""
6月10日，公司玄武岩纤维二期生产线点火投产。该生产线采用池窑拉丝工艺，设计年产能1.2万吨，投产后公司玄武岩纤维总产能将达到2万吨。
玄武岩纤维以天然玄武岩为原料，经1450℃高温熔融拉丝制成，具有耐高温、耐腐蚀、强度高等特点，广泛应用于交通、建筑、新能源等领域。
⟦m 图为二期生产线拉丝车间。⟧
公司总经理表示，二期项目建成后，将重点开发风电叶片、桥梁加固用高性能玄武岩纤维产品。
""",
    ),
    dict(
        slug="corp-lianhu-recall-bream-fillets",
        site="莲湖渔业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lianhufish.com/gonggao/2024/1108.html",
        title="关于主动召回部分批次冷冻鳊鱼片的公告",
        record_title=None,
        date="2024-11-08",
        notes="no record title; recall table; the company's customer line kept beside the site's sales line; date under signature",
        page="""
!m 莲湖渔业 · 湖鲜直供
!m 首页 | 公司简介 | 产品展示 | 新闻公告 | 在线订购
!w 订购热线：400-0771-518（全国统一）
!m 首页 » 新闻公告
{T}
!m 发布日期：2024-11-08　　浏览：2203
{BODY}
!a 在线订购　　加入购物车
!m 莲湖渔业有限公司　地址：鄂州市梁子湖区莲湖大道8号
""",
        body="""
尊敬的消费者：
我公司在内部质量抽检中发现，部分批次冷冻鳊鱼片的菌落总数指标不符合企业标准。为保障消费者健康，我公司决定主动召回下列批次产品：
产品名称　　规格　　生产日期
冷冻鳊鱼片　　400克/袋　　2024年10月21日
冷冻鳊鱼片　　1千克/袋　　2024年10月22日
请已购买上述批次产品的消费者停止食用，可凭购物凭证或产品包装到原购买处办理退货，或拨打我公司客户服务电话0711-3398 021办理。
由此给您带来的不便，我们深表歉意。
莲湖渔业有限公司
2024年11月8日
""",
    ),
    dict(
        slug="training-jingji-brochure-skills-contest-html",
        site="精技职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jingjipx.com/course/jineng-dasai-2024.html",
        title="2024年全市职业技能大赛赛前集训方案",
        record_title="2024年全市职业技能大赛赛前集训方案（附课程表）- 精技职业培训学校",
        date=None,
        notes="training school; decorated title; course table rows; enrol hotline box (contact) beside the document's own 报名电话; no date",
        page="""
<html><head><meta charset="utf-8"><title>2024年全市职业技能大赛赛前集训方案（附课程表）- 精技职业培训学校</title></head>
<body>
<div class="px-top">⟦m 精技职业培训学校 · 人社部门备案⟧ ⟦w 招生咨询：400-027-5588⟧</div>
<div class="px-nav">⟦m 首页 · 培训项目 · 师资力量 · 学员风采 · 在线报名⟧</div>
<div class="px-main">
<h1>{T}</h1>
<div class="px-meta">⟦m 阅读 1,024　｜　发布者：教务处⟧</div>
{BODY}
</div>
<div class="px-float">⟦a 立即报名 享早鸟价⟧ ⟦a 在线客服⟧</div>
<div class="px-foot">⟦d 学校保留活动最终解释权⟧ ⟦m 鄂ICP备20012247号⟧</div>
</body></html>
""",
        body="""
为帮助参赛选手在2024年全市职业技能大赛中取得好成绩，我校开设赛前集训班，方案如下。
一、集训项目：电工、焊工、数控车工、茶艺师四个赛项。
二、集训时间：8月5日至8月24日，共三周。
三、课程安排
周次　　内容　　学时
第一周　　理论知识强化　　30
第二周　　实操技能训练　　40
第三周　　全真模拟比赛　　30
四、集训费用：各赛项统一收费，参加市总工会选拔的选手费用由所在单位承担。
五、报名电话：027-8861 3320（教务处 邝老师）
""",
    ),
    dict(
        slug="training-jinxiu-plan-ethnic-costume-course",
        site="锦绣民族服饰技艺培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jinxiu-fushi.cn/peixun/2024/0320.html",
        title="2024年民族服饰制作技艺培训班实施方案",
        record_title=None,
        date="2024-03-20",
        notes="no record title; writing-service-like consult prompt between paragraphs; Chinese-numeral date; sentence with 关注 kept",
        page="""
!m 锦绣民族服饰技艺培训中心
!m 首页 › 培训动态 › 培训方案
{T}
!m 2024-03-20 发布　　阅读 402
{BODY}
!w 报名咨询微信：jinxiu_fs2020（备注“服饰班”）
!l 往期学员作品展　　|　　培训报名流程
!m 中心地址：凯里市民族风情街32号
""",
        body="""
为传承民族服饰制作技艺，带动妇女居家就业，中心决定举办2024年民族服饰制作技艺培训班，方案如下。
一、培训对象：有一定针线基础、有意从事民族服饰制作的城乡妇女，每期40人。
二、培训内容：民族服饰款式与纹样、刺绣针法、蜡染与扎染、银饰配件搭配、成衣裁剪缝制。
⟦a 点击预约免费试听课⟧
三、培训方式：理论与实操相结合，每期20天，结业考核合格的颁发培训合格证书。
四、扶持政策：学员免收培训费，中心与服饰企业签订订单，帮助结业学员承接加工订单。学员可关注中心公众号，查看订单发布信息。
二〇二四年三月二十日
""",
    ),
    dict(
        slug="app-xiezuo-speech-world-water-day-oneline",
        site="写作宝APP分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.xiezuobao.app/s/9Hq2LmW0",
        title="在2024年“世界水日”“中国水周”宣传活动启动仪式上的讲话",
        record_title="在2024年“世界水日”“中国水周”宣传活动启动仪式上的讲话（可直接套用）",
        date=None,
        notes="writing-app share page; the whole body on one line; decorated title; no date (only a year in the title); app download bar",
        page="""
!m 写作宝 · 让公文写作更轻松
!t 在2024年“世界水日”“中国水周”宣传活动启动仪式上的讲话（可直接套用）
!m 字数：约820字　｜　来自：写作宝模板库
{BODY}
!a 打开写作宝APP，一键生成同类讲话
!a 复制全文需登录
!d 内容由写作宝用户创作或AI辅助生成，仅供参考。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
同志们、朋友们：
今天是第三十二届“世界水日”，也是第三十七届“中国水周”的第一天。我们在这里举行宣传活动启动仪式，就是要动员全社会节约水、爱护水。
我县人均水资源量不足全省平均水平的一半，季节性缺水问题突出。近年来，我们推进县域节水型社会建设，全县万元地区生产总值用水量下降了18%，但节水意识不强、用水方式粗放的问题仍然存在。
希望各部门、各单位以这次活动为契机，开展节水进机关、进学校、进社区活动，让节约用水成为每个人的自觉行动。
谢谢大家！
""",
    ),
    dict(
        slug="app-bimo-plan-earth-day-school",
        site="笔墨范文APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.bimofanwen.com/share/doc/551820",
        title="鹤鸣中学2024年“世界地球日”主题活动方案",
        record_title="鹤鸣中学2024年“世界地球日”主题活动方案｜笔墨范文",
        date="2024-04-15",
        notes="writing-app page; decorated title; AI-rewrite and template buttons between paragraphs; date under signature",
        page="""
!m 笔墨范文
!t 鹤鸣中学2024年“世界地球日”主题活动方案｜笔墨范文
!m 📄 方案 · 校园活动　　👁 1.6k
{BODY}
!a ✨一键改写　　📋 复制　　⬇ 导出Word
!l 相似范文：世界环境日主题班会方案　|　垃圾分类进校园活动方案
!m 笔墨范文 v5.2.1
""",
        body="""
为增强师生节约资源、保护环境的意识，根据上级要求，结合我校实际，制定2024年“世界地球日”主题活动方案。
一、活动主题：珍爱地球　人与自然和谐共生
二、活动时间：4月22日至4月26日
三、活动内容
（一）国旗下讲话。4月22日升旗仪式上，由学生代表作“珍爱地球”主题发言。
（二）主题班会。各班围绕节约水电、垃圾分类召开一次主题班会。
⟦a 会员可解锁完整活动流程表⟧
（三）废旧物品创意制作。每班上交作品不少于三件，学校组织评比展示。
（四）校园植绿。各班认领校园一块绿地，负责日常养护。
四、活动要求：各班主任要精心组织，活动结束后上交活动照片和总结。
鹤鸣中学政教处
2024年4月15日
""",
    ),
]

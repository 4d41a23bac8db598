"""holdout179, part B: blogs, WeChat mirrors, document sharing, education portals and
intranets. Invented text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-laozhen-thimble-memoir-wrapped",
        site="老针线的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laozhenxian.blog.example.com/archives/2019.html",
        title="外婆的铜顶针",
        record_title="【随笔】外婆的铜顶针 | 老针线的博客",
        date="2024-02-11",
        notes="hard-wrapped at 62 columns; bracketed blog post time is the page date; tag line and archive list",
        wrap=62,
        indent="　　",
        page="""
!m 老针线的博客 —— 缝缝补补又一年
{T}
!m [2024-02-11 20:37]　分类：旧时光　阅读(418)　评论(9)
{BODY}
!l 标签：顶针　外婆　老物件
!l 文章归档：2024年2月(3)　2024年1月(5)　2023年12月(4)
!l « 上一篇：腊月里的炭火盆　　下一篇：那台蝴蝶牌缝纫机 »
""",
        body="""
外婆的针线笸箩里，总躺着一枚黄铜顶针，上面密密麻麻的小坑被磨得发亮，戴在她粗糙的中指上，正好卡在第二个关节下面。
小时候我最爱看外婆纳鞋底，锥子先扎一个眼，再用顶针把大针顶过去，线拉得呼呼响，一只鞋底要纳上千针。
外婆去世那年，舅舅把这枚顶针给了我，我把它放在书桌上的小瓷碟里，每次看到它，就好像又听见了那一声声拉线的响动。
""",
    ),
    dict(
        slug="blog-tiezhi-doorstop-review-html",
        site="铁纸手记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://tiezhi.example.io/posts/door-stopper-diy/",
        title="给老房子的木门做一个铸铁门挡",
        record_title=None,
        date="2023-09-03",
        notes="Hexo-like blog: <time> byline, tag cloud, archive, comment box; title missing from the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>给老房子的木门做一个铸铁门挡 | 铁纸手记</title>
<script async src="/js/busuanzi.pure.mini.js"></script></head><body>
<header><a class="brand">⟦m 铁纸手记⟧</a><nav>⟦m 首页⟧ ⟦m 归档⟧ ⟦m 关于⟧</nav></header>
<article><h1>{T}</h1>
<div class="post-meta">⟦m 发表于 2023-09-03　字数 312　阅读时长 1 分钟⟧</div>
{BODY}
<div class="copyright">⟦d 本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议，转载请注明出处。⟧</div>
<div class="post-nav">⟦l ← 窗台上的薄荷⟧ ⟦l 旧木椅翻新记 →⟧</div>
</article>
<aside><div>⟦l 标签云⟧</div><div>⟦l 木作 五金 老房子 手作⟧</div><div>⟦l 归档 2023/09 (2)⟧</div></aside>
<section class="comments">⟦l 发表评论　昵称　邮箱　网址⟧</section>
<footer>⟦m © 2023 铁纸手记 · 本站总访问量 12803 次⟧</footer>
</body></html>
""",
        body="""
搬进这套九十年代的老房子以后，阳台那扇木门一到刮风天就砰砰作响，买来的塑料门吸根本顶不住。
于是我在旧货市场淘了一块铸铁砝码，大约两公斤重，先用钢丝刷除锈，再刷了两遍黑色防锈漆。
底部粘了一层厚毛毡，防止划伤地板，顶上用麻绳编了一个提手，方便挪动。
现在它安安稳稳地蹲在门后面，风再大，门也不会乱晃了。
""",
    ),
    dict(
        slug="wechat-penholder-teacher-account-html",
        site="锃溪教研 公众号镜像 (invented)",
        style="公众号镜像",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://wxread.example.com/s/ZtR8pKq2mA",
        title="一只笔筒里的班级管理",
        record_title="一只笔筒里的班级管理",
        date="2024-12-09",
        notes="WeChat mirror: account line date; 在看/赞赏 rows; follow prompt; a sentence in the body asks readers to 扫码 (kept)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一只笔筒里的班级管理</title></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 锃溪教研　2024年12月09日 07:30　浙江⟧</div>
<div class="wx-tip">⟦a 轻点上方蓝字「锃溪教研」关注我们⟧</div>
{BODY}
<div class="reward">⟦a 喜欢作者⟧ ⟦a 赞赏 3 人⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 分享⟧ ⟦l 点赞 86⟧ ⟦l 在看 41⟧</div>
<div class="qrbox">⟦a 长按识别下方二维码，获取更多教研资讯⟧</div>
</div>
<footer>⟦d 本页面为公众号文章的镜像，版权归原作者所有。⟧</footer>
</body></html>
""",
        body="""
开学第一周，我在讲台上放了一只大笔筒，告诉孩子们：谁的笔丢了，可以先来这里借一支，用完再放回来。
一学期下来，笔筒里的笔从十几支变成了四十多支，很多是孩子们自己悄悄放进去的。
我慢慢体会到，班级管理不一定要靠严格的规定，一个小小的公共物件，也能让孩子学会分享和守信。
本学期“班级小物件”案例征集仍在进行，欢迎各位老师扫码填写报名表。
作者：锃溪镇中心小学　孟岚
""",
    ),
    dict(
        slug="wechat-mirror-soapbox-hotel-pledge-text",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://mp.weiwenjx.example.net/article/5520198",
        title="关于酒店客房使用可重复肥皂盒、减少一次性用品的倡议书",
        record_title="关于酒店客房使用可重复肥皂盒、减少一次性用品的倡议书 | 镆原旅游饭店业协会",
        date="2024-06-05",
        notes="mirror with account and 原创 line; title repeated twice; follow and 在看 prompts glued; date under the signature",
        page="""
!m 微文镜像站 ｜ 公众号文章存档
{T}
!m 原创　镆原旅游饭店业协会　2024-06-06
{T}
{BODY}
!l 阅读 1538　　在看 27　　写留言
!d 镜像内容仅作存档，如需删除请联系原公众号。
""",
        body="""
全县各旅游饭店：
为落实塑料污染治理要求，倡导绿色消费，协会向全县各会员饭店发出如下倡议：
一、客房卫生间逐步改用可重复使用的陶瓷或不锈钢肥皂盒，配以大瓶装洗护用品，不再主动提供一次性小香皂盒。
二、在客房显著位置放置绿色入住提示卡，引导宾客自愿减少一次性用品使用。⟦a 点击上方“关注”，第一时间获取协会资讯⟧
三、各饭店每季度向协会报送一次性用品减量情况。
镆原旅游饭店业协会
2024年6月5日
""",
        date_also=["2024-06-06"],
    ),
    dict(
        slug="docshare-gongdu-shoehorn-process-html",
        site="共读文档网 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.gongdudoc.example.com/p-9981023.html",
        title="竹制鞋拔子生产工艺规程",
        record_title="竹制鞋拔子生产工艺规程.pdf",
        date=None,
        notes="sharing reader: file-name title; numbered steps and a table; page markers ⟬n⟭ as paragraphs; upload notice; share-time stamp no date",
        pages=dict(fmt="⟬{n}⟭", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹制鞋拔子生产工艺规程.pdf-共读文档网</title></head><body>
<div class="top">⟦m 共读文档网⟧ ⟦m 分享知识，传播价值⟧ ⟦a 上传文档⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 分享者：竹影工坊　分享于 2024-01-30　格式 PDF　大小 236KB⟧</div>
<div class="doc">
{BODY}
</div>
<div class="tail">⟦a 还剩2页未读，继续阅读⟧ ⟦a 下载此文档⟧ ⟦a 收藏⟧</div>
<div class="note">⟦d 共读文档网为文档分享平台，所有文档由用户上传，其内容的合法性与准确性由上传者负责。⟧</div>
</body></html>
""",
        body="""
1 适用范围
本规程适用于本厂竹制鞋拔子的下料、定型、打磨和涂装工序。
2 工艺流程
2.1 下料：选用四年生以上楠竹，截成长度18厘米的竹片，剔除虫眼和裂纹。
2.2 定型：竹片经蒸煮软化后放入定型模具，保温两小时，自然冷却。
2.3 打磨：依次用180目、320目砂纸打磨，边缘倒圆角不小于1毫米。
3 质量要求
检验项目　要求　检验方法
弧度　与样板贴合　样板比对
表面　无毛刺、无裂纹　目测、手感
""",
    ),
    dict(
        slug="docshare-yunzhi-doorstop-minutes-text",
        site="云纸共享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://yunzhi.example.com/doc/3318840",
        title="锜江五金厂门吸新品评审会议纪要",
        record_title="锜江五金厂门吸新品评审会议纪要（可编辑）",
        date="2024-08-14",
        notes="minutes' 时间/地点/主持/参会/记录 lines kept; page markers ⌜n⌝ cut a paragraph; preview-end prompt; meeting date",
        pages=dict(fmt="⌜{n}⌝", every=100, start=2, glue=False),
        page="""
!m 云纸共享 > 企业管理 > 会议纪要
{T}
!m 页数 3　浏览 902　下载 41　上传时间 2024-09-02
{BODY}
!a 预览已结束，获取完整版请点击下载
!l 同类文档推荐：新产品开发立项评审表　｜　五金产品质量例会纪要
""",
        body="""
时间：2024年8月14日下午2:30
地点：厂部二楼会议室
主持：副厂长 鲍志坚
参会：技术部、质检部、销售部负责人及设计人员共9人
记录：牛晓雯
会议对技术部提交的三款门吸新品进行了评审，形成以下意见：
一、磁力缓冲门吸结构合理，同意转入小批量试产，试产数量500只。
二、隐形墙吸外观较好，但安装孔位与常见门型不匹配，由技术部修改后再次评审。
三、儿童防夹门挡需补充材料安全检测报告，暂缓试产。
""",
    ),
    dict(
        slug="edu-lingshan-penholder-notice-html",
        site="泠山县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lingshan.example.gov.cn/tzgg/2024/1105/2231.html",
        title="关于举办全县中小学生“巧手笔筒”创意作品评选活动的通知",
        record_title="关于举办全县中小学生“巧手笔筒”创意作品评选活动的通知-泠山县教育局",
        date="2024-11-05",
        notes="education portal with 关怀版 link; document's own 联系人/电话/邮箱 next to the bureau hotline; 附件 list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全县中小学生“巧手笔筒”创意作品评选活动的通知-泠山县教育局</title></head><body>
<div class="hd">⟦m 泠山县教育局⟧ ⟦a 关怀版⟧ ⟦a English⟧</div>
<nav>⟦m 首页 机构设置 教育动态 通知公告 办事指南⟧</nav>
<div class="pos">⟦m 您现在的位置：首页 → 通知公告⟧</div>
<h1>{T}</h1>
<p class="src">⟦m 发布日期：2024-11-05　信息来源：基础教育股　浏览：734⟧</p>
{BODY}
<div class="pn">⟦l 上一条：关于做好冬季校园安全工作的通知⟧<br>⟦l 下一条：2024年秋季学期教学视导安排⟧</div>
<footer>⟦m 教育局咨询电话：0746-3310020（工作日）⟧ ⟦m 泠山县教育局 版权所有⟧</footer>
</body></html>
""",
        body="""
各中小学校：
为丰富学生劳动教育内容，县教育局决定举办全县中小学生“巧手笔筒”创意作品评选活动，现将有关事项通知如下。
一、参评对象：全县小学三年级以上、初中各年级学生。
二、作品要求：以废旧材料为主制作笔筒，高度不超过20厘米，需附200字以内的创作说明。
三、报送时间：各校于11月29日前将推荐作品送至县青少年活动中心。
联系人：邵婉清，电话：0746-3318562，邮箱：lsjyjlj@example.cn
附件：1.作品报名表
2.作品评分标准
泠山县教育局
2024年11月5日
""",
    ),
    dict(
        slug="edu-school-soapbox-hygiene-rule-text",
        site="铖湖县第二实验小学 (invented)",
        style="教育门户",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.chxey.example.edu.cn/xxgk/zd/202.html",
        title="寄宿生洗漱用品管理规定",
        record_title="寄宿生洗漱用品管理规定",
        date=None,
        notes="a school rule with 第N条 articles; no date (only a year in the footer and a view count); 打印 speaks of content",
        page="""
!m 铖湖县第二实验小学 · 校务公开
{T}
!m 作者：政教处　点击：1062　更新：2天前
!a 【打印此页】【关闭】
{BODY}
!m Copyright 2024 铖湖县第二实验小学　地址：铖湖县湖滨路9号
""",
        body="""
第一条　为培养寄宿生良好的卫生习惯，保持宿舍整洁，制定本规定。
第二条　每名寄宿生的牙刷、牙膏、毛巾、肥皂盒等洗漱用品须贴上姓名标签，统一摆放在洗漱架对应格位。
第三条　肥皂盒应选用带沥水孔的款式，每周五由生活老师督促学生清洗一次。
第四条　生活老师每学期初将洗漱用品清单打印后张贴在宿舍门后，供学生和家长对照准备。
第五条　本规定由政教处负责解释。
""",
    ),
    dict(
        slug="oa-mingtie-thimble-report-html-flow",
        site="鸣铁集团协同办公平台 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.mingtie.example.local/doc/view?id=2024-0913",
        title="关于顶针冲压线设备改造情况的报告",
        record_title="内部公文-关于顶针冲压线设备改造情况的报告",
        date="2024-09-13",
        notes="intranet document view with 流转记录 and read count; 文号 neutral; 印发 line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部公文-关于顶针冲压线设备改造情况的报告</title></head><body>
<div class="oa-top">⟦m 鸣铁集团协同办公平台⟧ ⟦m 当前用户：储建军⟧ ⟦a 退出⟧</div>
<div class="oa-crumb">⟦m 公文管理 › 收文 › 查看⟧</div>
<h2>{T}</h2>
<p>鸣铁五金〔2024〕27号</p>
{BODY}
<div class="flow"><div>⟦m 流转记录⟧</div><div>⟦m 2024-09-13 拟稿 生产部 ⟧</div><div>⟦m 2024-09-14 审核 总经理办公室⟧</div></div>
<div class="read">⟦m 已阅 23 人 ／ 未阅 4 人⟧</div>
<div class="ops">⟦a 签收⟧ ⟦a 转发⟧ ⟦a 打印公文⟧</div>
<footer>⟦d 内部资料 注意保密 严禁外传⟧</footer>
</body></html>
""",
        body="""
集团公司：
今年以来，我公司对顶针冲压生产线实施了设备改造，现将有关情况报告如下。
一、改造内容。更换了两台老旧冲床，新增自动送料机和麻点压花模具，顶针生产由半手工改为连续冲压。
二、改造效果。日产能由8000只提高到2.2万只，废品率由3.1%下降到0.9%。
三、下一步打算。计划明年增加电镀前自动清洗工序，进一步提高产品表面质量。
鸣铁五金制品有限公司
2024年9月13日
鸣铁五金制品有限公司办公室　2024年9月13日印发
""",
    ),
    dict(
        slug="oa-intranet-doorstop-safety-plan-text",
        site="锜江建工内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://10.12.8.3/portal/notice/6612",
        title="项目部办公区门挡及防夹手安全整改方案",
        record_title="项目部办公区门挡及防夹手安全整改方案",
        date="2025-03-18",
        notes="intranet text export; date under signature; 1. 2. 3. list; read receipt and export stamp (no date)",
        page="""
!m 锜江建工 · 内部门户　>　安全管理　>　通知公告
!m 发布部门：安全环保部　阅读 58 人
{T}
{BODY}
!m 导出时间：2025-03-20 08:11:42　导出人：kzh0213
!a 【返回列表】　【导出PDF】
""",
        body="""
为消除办公区门扇夹手、撞墙隐患，结合近期安全检查发现的问题，制定本方案。
1.各项目部办公区所有平开门须加装门挡或门吸，防火门除外。
2.会议室、资料室等玻璃门加装防夹手胶条，张贴防撞提示。
3.各项目部于4月10日前完成整改，安全环保部组织复查。
安全环保部
2025年3月18日
""",
    ),
]
